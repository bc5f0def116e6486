#include "core/session/SessionJson.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace tessera::sessionjson {

QJsonValue number(double v)
{
    if (std::isnan(v)) {
        return QStringLiteral("NaN");
    }
    if (std::isinf(v)) {
        return v > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    }
    return v;
}

bool isColor(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re.match(s).hasMatch();
}

void Reader::fail(const QString& where, const QString& what)
{
    if (m_status.isOk()) {
        m_status = Status::invalid(tr("the session \"%1\" is not valid: at %2: %3").arg(m_source, where, what));
    }
}

QString Reader::join(const QString& where, const QString& key)
{
    return where.isEmpty() ? key : where + QLatin1Char('.') + key;
}

bool Reader::present(const QJsonObject& o, const QString& where, const QString& key, bool hasDefault)
{
    if (!ok()) {
        return false;
    }
    if (!o.contains(key)) {
        if (!hasDefault) {
            fail(join(where, key), tr("the field is missing"));
        }
        return false;
    }
    return true;
}

double Reader::number(const QJsonObject& o, const QString& where, const QString& key, std::optional<double> def)
{
    if (!present(o, where, key, def.has_value())) {
        return def.value_or(0.0);
    }
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        return v.toDouble();
    }
    const QString s = v.toString();
    if (s == QLatin1String("Infinity")) {
        return std::numeric_limits<double>::infinity();
    }
    if (s == QLatin1String("-Infinity")) {
        return -std::numeric_limits<double>::infinity();
    }
    if (s == QLatin1String("NaN")) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    fail(join(where, key), tr("expected a number"));
    return def.value_or(0.0);
}

int Reader::integer(const QJsonObject& o, const QString& where, const QString& key, int min, int max,
                    std::optional<int> def)
{
    if (!present(o, where, key, def.has_value())) {
        return def.value_or(min);
    }
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(qQNaN());
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
        fail(join(where, key), tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return def.value_or(min);
    }
    return int(d);
}

bool Reader::boolean(const QJsonObject& o, const QString& where, const QString& key, std::optional<bool> def)
{
    if (!present(o, where, key, def.has_value())) {
        return def.value_or(false);
    }
    const QJsonValue v = o.value(key);
    if (!v.isBool()) {
        fail(join(where, key), tr("expected true or false"));
        return def.value_or(false);
    }
    return v.toBool();
}

QString Reader::string(const QJsonObject& o, const QString& where, const QString& key, std::optional<QString> def)
{
    if (!present(o, where, key, def.has_value())) {
        return def.value_or(QString());
    }
    const QJsonValue v = o.value(key);
    if (!v.isString()) {
        fail(join(where, key), tr("expected a string"));
        return def.value_or(QString());
    }
    return v.toString();
}

QString Reader::color(const QJsonObject& o, const QString& where, const QString& key, std::optional<QString> def)
{
    const QString s = string(o, where, key, def);
    if (ok() && !isColor(s)) {
        fail(join(where, key), tr("expected a colour \"#rrggbb\", not \"%1\"").arg(s));
        return def.value_or(QString());
    }
    return s.toLower();
}

QJsonArray Reader::array(const QJsonObject& o, const QString& where, const QString& key, bool required)
{
    if (!present(o, where, key, !required)) {
        return {};
    }
    const QJsonValue v = o.value(key);
    if (!v.isArray()) {
        fail(join(where, key), tr("expected an array"));
        return {};
    }
    return v.toArray();
}

QJsonObject Reader::object(const QJsonObject& o, const QString& where, const QString& key, bool required)
{
    if (!present(o, where, key, !required)) {
        return {};
    }
    const QJsonValue v = o.value(key);
    if (!v.isObject()) {
        fail(join(where, key), tr("expected an object"));
        return {};
    }
    return v.toObject();
}

QJsonObject Reader::element(const QJsonArray& a, const QString& where, int i)
{
    if (!ok()) {
        return {};
    }
    if (!a.at(i).isObject()) {
        fail(QStringLiteral("%1[%2]").arg(where).arg(i), tr("expected an object"));
        return {};
    }
    return a.at(i).toObject();
}

} // namespace tessera::sessionjson
