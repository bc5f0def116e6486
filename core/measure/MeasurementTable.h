#pragma once

#include "core/common/Status.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>

#include <variant>
#include <vector>

namespace tessera {

/** One column of a MeasurementTable: an ImageJ-style name ("Area", "Mean"), its unit ("µm^2"; empty = none). */
struct MeasurementColumn
{
    QString name;
    QString unit;
    QString description; ///< one translated sentence saying what the value is and how it is computed

    bool operator==(const MeasurementColumn& o) const
    {
        return name == o.name && unit == o.unit && description == o.description;
    }
};

/** A table cell: a number (NaN = not defined for this row) or text (labels, ROI names). */
using MeasurementCell = std::variant<double, QString>;

/**
 * A results table like ImageJ's: named columns with units and rows of numeric or text cells. Rows are created
 * filled with NaN. A value type (cheap to move, deep copy on copy); not synchronised: one writer at a time.
 */
class MeasurementTable
{
public:
    /** Adds a column and returns its index. Names should be unique; columnIndex() returns the first match. */
    int addColumn(const QString& name, const QString& unit = QString(), const QString& description = QString());
    /** Appends a row of NaN cells and returns its index. */
    int addRow();

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }
    const std::vector<MeasurementColumn>& columns() const { return m_columns; }
    const MeasurementColumn& column(int index) const { return m_columns.at(size_t(index)); }
    /** Index of the column called name, or -1. */
    int columnIndex(const QString& name) const;

    /** Sets a cell; row and column must be in range (checked by assertion). */
    void setValue(int row, int column, double value);
    void setText(int row, int column, const QString& text);
    /** The cell at (row, column). */
    const MeasurementCell& cell(int row, int column) const { return m_rows.at(size_t(row)).at(size_t(column)); }
    /** The numeric value at (row, column); NaN for text cells. */
    double value(int row, int column) const;
    /** The numeric value in the named column; NaN when the column does not exist or holds text. */
    double value(int row, const QString& columnName) const;

    bool operator==(const MeasurementTable& o) const;
    bool operator!=(const MeasurementTable& o) const { return !(*this == o); }

private:
    std::vector<MeasurementColumn> m_columns;
    std::vector<std::vector<MeasurementCell>> m_rows;
};

/**
 * How numbers are written to CSV. Both give the shortest decimal form that reads back to the identical double; NaN is
 * "NaN" and ±∞ "Infinity"/"-Infinity" in both (forms pandas, NumPy, R and ImageJ read).
 */
enum class CsvNumberStyle
{
    General,   ///< QString::number(v, 'g', shortest): fixed notation unless the exponent is < −4 or ≥ the digits
    RoundTrip, ///< std::to_chars(v) (default): the shorter of fixed and scientific ("1e-05", "1e+06")
};

/** Line ends of CSV output. Every table Tessera writes uses CRLF (RFC 4180); LF is for clipboard text. */
enum class CsvLineBreak
{
    CrLf, ///< RFC 4180 (default)
    Lf,   ///< Unix
};

/**
 * How toCsv() formats a table: the dialect. The defaults are Tessera's one table format (docs/tables.md): RFC 4180,
 * ',' separator, '.' decimal mark, CRLF, units in the header ("Area [µm²]"), shortest round-trip numbers.
 */
struct CsvOptions
{
    /** Field separator: ',' (default) or ';' (for spreadsheets in locales that use the decimal comma). */
    QChar separator = QLatin1Char(',');
    /** true: numbers use ',' as decimal mark (requires separator ';'). */
    bool decimalComma = false;
    /** true (default): header cells are csvColumnHeader() ("Area [µm²]"); false: the bare names ("Area"). */
    bool unitsInHeader = true;
    CsvNumberStyle numbers = CsvNumberStyle::RoundTrip;
    CsvLineBreak lineBreak = CsvLineBreak::CrLf;

    /** The European dialect: ';' separator and decimal comma, otherwise the defaults. */
    static CsvOptions european()
    {
        CsvOptions o;
        o.separator = QLatin1Char(';');
        o.decimalComma = true;
        return o;
    }
    bool operator==(const CsvOptions& o) const
    {
        return separator == o.separator && decimalComma == o.decimalComma && unitsInHeader == o.unitsInHeader &&
               numbers == o.numbers && lineBreak == o.lineBreak;
    }
    bool operator!=(const CsvOptions& o) const { return !(*this == o); }
    /** Fails when decimalComma is used with ',' as separator, or the separator is a quote, '#', CR or LF. */
    Status validate() const;
};

/**
 * A unit as written in a CSV header: "^2"/"^3" become "²"/"³", "pixel" becomes "px" (so "pixel^2" → "px²"), "degree"
 * becomes "°"; anything else is kept ("µm^2" → "µm²"). Empty stays empty. The one spelling of units: the GUI shows
 * units with it too (an area: csvUnitLabel(calibration.unit + "^2")), so panels, tables and files agree.
 */
QString csvUnitLabel(const QString& unit);

/** The header cell of column: "name [csvUnitLabel(unit)]", or the bare name when it has no unit ("Circ."). */
QString csvColumnHeader(const MeasurementColumn& column);

/**
 * Formats table as CSV text (UTF-8 bytes, no BOM): one header row, then one line per row, lines ended by CRLF as in
 * RFC 4180 (or LF, options.lineBreak). Numbers are written with full double precision: the shortest decimal form that
 * reads back to the identical double (options.numbers; e.g. 0.1 → "0.1", 1/3 → "0.3333333333333333"), with ".0" after
 * an integral value written without exponent (45 → "45.0", as Python's repr()) so that readers such as pandas type
 * every numeric column as floating point whatever its values; NaN as "NaN",
 * infinities as "Infinity"/"-Infinity"; with decimalComma the '.' becomes ','. Fields containing the separator, a
 * quote, CR, LF or '#' are quoted and quotes doubled ('#' so that readers skipping '#' comment lines, such as pandas'
 * comment='#', never cut a field). Thread-safe (pure function).
 */
QByteArray toCsv(const MeasurementTable& table, const CsvOptions& options = {});

/**
 * Writes toCsv(table, options) to path atomically (QSaveFile: the file appears complete or not at all), without
 * provenance (writeTable() in core/measure/TableWriter.h adds it). Fails with StatusCode::InvalidInput for bad
 * options and StatusCode::IoError naming the file otherwise.
 */
Status writeCsv(const MeasurementTable& table, const QString& path, const CsvOptions& options = {});

} // namespace tessera
