#pragma once

#include "core/common/Status.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

/** JSON helpers of the session format (internal to core/session). */
namespace tessera::sessionjson {

/** A double as JSON: a number when finite, else the string "Infinity", "-Infinity" or "NaN". */
QJsonValue number(double v);

/** A colour "#rrggbb" (lowercase hex) check. */
bool isColor(const QString& s);

/**
 * Reads typed fields with checks, remembering the first error. Every getter takes the object, the JSON path of that
 * object (e.g. "images[0].view", used in messages) and the key; a missing field is an error unless a default is given,
 * a field of the wrong type always is. After the first error, getters return defaults and status() keeps that error.
 */
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SessionFile)

public:
    explicit Reader(QString source) : m_source(std::move(source)) {}

    bool ok() const { return m_status.isOk(); }
    const Status& status() const { return m_status; }
    /** Records an error "at where: what" (only the first one is kept). */
    void fail(const QString& where, const QString& what);

    double number(const QJsonObject& o, const QString& where, const QString& key, std::optional<double> def = {});
    /** An integer in [min, max]. */
    int integer(const QJsonObject& o, const QString& where, const QString& key, int min, int max,
                std::optional<int> def = {});
    bool boolean(const QJsonObject& o, const QString& where, const QString& key, std::optional<bool> def = {});
    QString string(const QJsonObject& o, const QString& where, const QString& key, std::optional<QString> def = {});
    /** A "#rrggbb" colour (returned lowercase). */
    QString color(const QJsonObject& o, const QString& where, const QString& key, std::optional<QString> def = {});
    /** Optional array: empty when missing; error when present with another type. required: missing is an error. */
    QJsonArray array(const QJsonObject& o, const QString& where, const QString& key, bool required = false);
    /** Optional object: empty when missing; error when present with another type. */
    QJsonObject object(const QJsonObject& o, const QString& where, const QString& key, bool required = false);
    /** The object element i of an array (error if it is not an object). */
    QJsonObject element(const QJsonArray& a, const QString& where, int i);

    /** "where.key" (or key when where is empty). */
    static QString join(const QString& where, const QString& key);

private:
    bool present(const QJsonObject& o, const QString& where, const QString& key, bool hasDefault);

    QString m_source;
    Status m_status;
};

} // namespace tessera::sessionjson
