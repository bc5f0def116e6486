#pragma once
// Shared by the ROI manager tests: a document with five ROIs shown in a RoiManagerPanel.

#include "ui/document/ImageDocument.h"
#include "ui/document/commands/RoiCommands.h"
#include "ui/roi/RoiManagerPanel.h"
#include "ui/roi/RoiTableModel.h"

#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QTableView>
#include <QtTest>

namespace roitest {

using namespace tessera;
using namespace Qt::StringLiterals;

constexpr int kWidth = 100;
constexpr int kHeight = 80;

/** 100 × 80 8-bit image with 0.5 µm pixels. */
inline Image makeImage()
{
    Image image = Image::create(PixelType::UInt8, kWidth, kHeight).value();
    image.calibration.pixelWidth = 0.5;
    image.calibration.pixelHeight = 0.5;
    image.calibration.unit = u"µm"_s;
    return image;
}

/** Pixels of the ellipse inscribed in (x, y, w, h) by the centre rule, counted independently of core's rasterizer. */
inline int ellipsePixels(double x, double y, double w, double h)
{
    int n = 0;
    for (int r = 0; r < kHeight; ++r) {
        for (int c = 0; c < kWidth; ++c) {
            const double dx = (c + 0.5 - (x + w / 2)) / (w / 2);
            const double dy = (r + 0.5 - (y + h / 2)) / (h / 2);
            n += dx * dx + dy * dy <= 1.0 ? 1 : 0;
        }
    }
    return n;
}

/**
 * A document with five ROIs and a manager showing it:
 * "cell 1" rect (10,10,20,20) cell; "cell 2" rect (40,10,10,30) cell; "bkg" ellipse (60,40,30,20) background;
 * "edge" rect (90,70,20,20) no class (100 of 400 pixels inside); "out" rect (200,200,5,5) (no pixel inside).
 */
struct Fixture
{
    ImageDocument doc{makeImage()};
    RoiManagerPanel panel;
    RoiIdList ids;
    Fixture()
    {
        Roi a = Roi::rectangle(u"cell 1"_s, 10, 10, 20, 20);
        a.className = u"cell"_s;
        Roi b = Roi::rectangle(u"cell 2"_s, 40, 10, 10, 30);
        b.className = u"cell"_s;
        Roi c = Roi::ellipse(u"bkg"_s, 60, 40, 30, 20);
        c.className = u"background"_s;
        auto* add = new AddRoisCommand(
            &doc, {a, b, c, Roi::rectangle(u"edge"_s, 90, 70, 20, 20), Roi::rectangle(u"out"_s, 200, 200, 5, 5)});
        ids = add->ids();
        doc.undoStack()->push(add);
        doc.undoStack()->setClean();
        panel.resize(700, 500);
        panel.setDocument(&doc);
        panel.show();
    }
    QTableView* table() const { return panel.tableView(); }
    RoiTableModel* model() const { return panel.model(); }
    QString text(int row, int column) const { return model()->index(row, column).data().toString(); }
    QStringList names() const
    {
        QStringList out;
        for (RoiId id : doc.roiIds()) {
            out << doc.roi(id).name;
        }
        return out;
    }
    QSet<int> selectedRows() const
    {
        QSet<int> rows;
        for (const QModelIndex& i : table()->selectionModel()->selectedRows()) {
            rows.insert(i.row());
        }
        return rows;
    }
    RoiIdSet idsOf(const QList<int>& rows) const
    {
        RoiIdSet out;
        for (int r : rows) {
            out.insert(ids[r]);
        }
        return out;
    }
    template <typename W> W* child(const QString& name) const
    {
        W* w = panel.findChild<W*>(name);
        if (!w) {
            qWarning("no child %s", qPrintable(name));
        }
        return w;
    }
};

inline QColor iconColor(const QVariant& decoration)
{
    return decoration.value<QIcon>().pixmap(12, 12).toImage().pixelColor(6, 6);
}

} // namespace roitest
