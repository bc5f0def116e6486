#include "core/measure/MeasurementTable.h"

#include <QLocale>
#include <QSaveFile>

#include <charconv>
#include <cmath>
#include <limits>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::MeasurementTable)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString formatNumber(double v, bool decimalComma, CsvNumberStyle style)
{
    if (std::isnan(v)) {
        return QStringLiteral("NaN");
    }
    if (std::isinf(v)) {
        return v > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    }
    QString s;
    if (style == CsvNumberStyle::RoundTrip) {
        char buf[40];
        const std::to_chars_result r = std::to_chars(buf, buf + sizeof(buf), v); // shortest exact round-trip form
        s = QString::fromLatin1(buf, int(r.ptr - buf));
    } else {
        s = QString::number(v, 'g', QLocale::FloatingPointShortest);
    }
    if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e'))) {
        s += QStringLiteral(".0"); // like Python's repr(): an integral value still reads as floating point
    }
    if (decimalComma) {
        s.replace(QLatin1Char('.'), QLatin1Char(','));
    }
    return s;
}

QString quoteField(const QString& field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             field.contains(QLatin1Char('#'));
    if (!needsQuotes) {
        return field;
    }
    QString q = field;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
} // namespace

int MeasurementTable::addColumn(const QString& name, const QString& unit, const QString& description)
{
    m_columns.push_back({name, unit, description});
    for (auto& row : m_rows) {
        row.emplace_back(kNaN);
    }
    return int(m_columns.size()) - 1;
}

int MeasurementTable::addRow()
{
    m_rows.emplace_back(m_columns.size(), MeasurementCell(kNaN));
    return int(m_rows.size()) - 1;
}

int MeasurementTable::columnIndex(const QString& name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].name == name) {
            return int(i);
        }
    }
    return -1;
}

void MeasurementTable::setValue(int row, int column, double value)
{
    Q_ASSERT(row >= 0 && row < rowCount() && column >= 0 && column < columnCount());
    m_rows[size_t(row)][size_t(column)] = value;
}

void MeasurementTable::setText(int row, int column, const QString& text)
{
    Q_ASSERT(row >= 0 && row < rowCount() && column >= 0 && column < columnCount());
    m_rows[size_t(row)][size_t(column)] = text;
}

double MeasurementTable::value(int row, int column) const
{
    const MeasurementCell& c = cell(row, column);
    if (const double* d = std::get_if<double>(&c)) {
        return *d;
    }
    return kNaN;
}

double MeasurementTable::value(int row, const QString& columnName) const
{
    const int c = columnIndex(columnName);
    return c < 0 ? kNaN : value(row, c);
}

bool MeasurementTable::operator==(const MeasurementTable& o) const
{
    if (m_columns != o.m_columns || m_rows.size() != o.m_rows.size()) {
        return false;
    }
    for (size_t r = 0; r < m_rows.size(); ++r) {
        for (size_t c = 0; c < m_columns.size(); ++c) {
            const MeasurementCell& a = m_rows[r][c];
            const MeasurementCell& b = o.m_rows[r][c];
            if (a.index() != b.index()) {
                return false;
            }
            if (const double* da = std::get_if<double>(&a)) {
                const double db = std::get<double>(b);
                if (!(*da == db || (std::isnan(*da) && std::isnan(db)))) {
                    return false;
                }
            } else if (std::get<QString>(a) != std::get<QString>(b)) {
                return false;
            }
        }
    }
    return true;
}

Status CsvOptions::validate() const
{
    if (separator == QLatin1Char('"') || separator == QLatin1Char('\n') || separator == QLatin1Char('\r') ||
        separator == QLatin1Char('#')) {
        return Status::invalid(Tr::tr("The CSV separator cannot be a quote, '#' or a line break."));
    }
    if (decimalComma && separator == QLatin1Char(',')) {
        return Status::invalid(Tr::tr("A decimal comma needs a separator other than ',' (use ';')."));
    }
    return Status::ok();
}

QString csvUnitLabel(const QString& unit)
{
    QString label = unit;
    if (label == QLatin1String("degree")) {
        return QStringLiteral("°");
    }
    if (label == QLatin1String("pixel") || label.startsWith(QLatin1String("pixel^"))) {
        label.replace(0, 5, QStringLiteral("px"));
    }
    label.replace(QLatin1String("^2"), QStringLiteral("²"));
    label.replace(QLatin1String("^3"), QStringLiteral("³"));
    return label;
}

QString csvColumnHeader(const MeasurementColumn& column)
{
    if (column.unit.isEmpty()) {
        return column.name;
    }
    return column.name + QStringLiteral(" [") + csvUnitLabel(column.unit) + QLatin1Char(']');
}

QByteArray toCsv(const MeasurementTable& table, const CsvOptions& options)
{
    QString out;
    const QString sep(options.separator);
    const QLatin1String eol(options.lineBreak == CsvLineBreak::Lf ? "\n" : "\r\n");
    for (int c = 0; c < table.columnCount(); ++c) {
        const MeasurementColumn& col = table.column(c);
        const QString header = options.unitsInHeader ? csvColumnHeader(col) : col.name;
        if (c > 0) {
            out += sep;
        }
        out += quoteField(header, options.separator);
    }
    out += eol;
    for (int r = 0; r < table.rowCount(); ++r) {
        for (int c = 0; c < table.columnCount(); ++c) {
            if (c > 0) {
                out += sep;
            }
            const MeasurementCell& cell = table.cell(r, c);
            if (const double* d = std::get_if<double>(&cell)) {
                out += quoteField(formatNumber(*d, options.decimalComma, options.numbers), options.separator);
            } else {
                out += quoteField(std::get<QString>(cell), options.separator);
            }
        }
        out += eol;
    }
    return out.toUtf8();
}

Status writeCsv(const MeasurementTable& table, const QString& path, const CsvOptions& options)
{
    const Status valid = options.validate();
    if (!valid.isOk()) {
        return valid;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::ioError(Tr::tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = toCsv(table, options);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::ioError(Tr::tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    }
    return Status::ok();
}

} // namespace tessera
