// The ROI manager's Import ROIs… and Export ROIs… buttons on real widgets (offscreen), with the file dialog replaced
// through RoiManagerPanel::setFileChooser: export of the selected ROIs as an ImageJ ROI set, import of the set ImageJ
// 1.53t wrote (tests/data/imagej_rois) as one undo step with names, shapes and classes, and the note about what an
// ImageJ file held that Tessera drops.

#include "core/roi/RoiFile.h"
#include "tests/ui/RoiManagerFixture.h"

#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace tessera;
using namespace Qt::StringLiterals;
using namespace roitest;

namespace {
const QString kDir = QStringLiteral(TESSERA_TEST_DATA "/imagej_rois/");

/** Names ImageJ itself read from RoiSet.zip (the macro's CSV). */
QStringList imagejNames()
{
    QFile f(kDir + u"imagej_rois.csv"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList names;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines.mid(1)) {
        const QStringList fields = line.split(u',');
        if (fields.value(0) == QLatin1String("RoiSet.zip")) {
            names << fields.value(3);
        }
    }
    return names;
}

void click(const RoiManagerPanel& panel, const char* button)
{
    auto* b = panel.findChild<QToolButton*>(QLatin1String(button));
    QVERIFY2(b && b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}
} // namespace

class TestRoiImportExport : public QObject
{
    Q_OBJECT

private slots:
    void exportsTheSelectionAsAnImageJSet()
    {
        Fixture f;
        QTemporaryDir dir;
        QString caption;
        f.panel.setFileChooser([&](bool save, const QString& title, const QString& filter, QString* selected) {
            caption = title;
            [&] { QVERIFY(save && filter.contains(u"*.zip"_s) && filter.contains(u"*.roi"_s)); }();
            *selected = filter.split(u";;"_s).first(); // the ImageJ ROI set
            return dir.filePath(u"chosen"_s);          // no extension: the filter's is added
        });
        f.doc.setSelection({f.ids[0], f.ids[2]});
        click(f.panel, "exportRoisButton");
        QVERIFY2(caption.contains(u'2'), qPrintable(caption));
        const Expected<std::vector<Roi>> written = readRoiFile(dir.filePath(u"chosen.zip"_s));
        QVERIFY2(written.isOk(), qPrintable(written.status().message()));
        QCOMPARE(written->size(), size_t(2));
        QCOMPARE(written->at(0), f.doc.roi(f.ids[0]));
        QCOMPARE(written->at(1), f.doc.roi(f.ids[2]));

        // Nothing selected: every ROI; the chooser cancelling writes nothing.
        f.doc.setSelection({});
        click(f.panel, "exportRoisButton");
        QCOMPARE(int(readRoiFile(dir.filePath(u"chosen.zip"_s))->size()), f.doc.roiCount());
        f.panel.setFileChooser([](bool, const QString&, const QString&, QString*) { return QString(); });
        QVERIFY(QFile::remove(dir.filePath(u"chosen.zip"_s)));
        click(f.panel, "exportRoisButton");
        QVERIFY(!QFile::exists(dir.filePath(u"chosen.zip"_s)));
    }

    void importsTheImageJSetAsOneStep()
    {
        ImageDocument doc(makeImage());
        RoiManagerPanel panel;
        panel.setDocument(&doc);
        panel.show();
        panel.setFileChooser([](bool save, const QString&, const QString& filter, QString*) -> QString {
            [&] { QVERIFY(!save && filter.contains(u"*.zip"_s)); }();
            return kDir + u"RoiSet.zip"_s;
        });
        click(panel, "importRoisButton");
        const QStringList expected = imagejNames();
        QCOMPARE(expected.size(), 14);
        QCOMPARE(doc.roiCount(), int(expected.size()));
        QStringList names;
        for (int row = 0; row < panel.model()->rowCount(); ++row) {
            names << panel.model()->index(row, RoiTableModel::NameColumn).data().toString();
        }
        QCOMPARE(names, expected); // names kept, the duplicate "oval" too
        const auto shapeOf = [&](const QString& name) {
            return panel.model()->index(int(expected.indexOf(name)), RoiTableModel::ShapeColumn).data().toString();
        };
        QCOMPARE(shapeOf(u"polyline"_s), u"Line"_s);
        QCOMPARE(shapeOf(u"points"_s), u"Points"_s);
        QCOMPARE(shapeOf(u"traced"_s), u"Polygon"_s);
        // Classes from the "class" property and the ImageJ group; a new class takes its ROI's stroke colour.
        QVERIFY(doc.hasClass(u"nucleus"_s));
        QVERIFY(doc.hasClass(u"group 2"_s));
        QCOMPARE(doc.classColor(u"group 2"_s), QColor(0xe0, 0xc0, 0x10));
        QCOMPARE(int(doc.selection().size()), doc.roiCount());
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.roiCount(), 0);
        QVERIFY(!doc.hasClass(u"group 2"_s));
        QVERIFY(panel.findChildren<QMessageBox*>(u"importWarningsBox"_s).isEmpty());
    }

    void importNamesWhatWasDropped()
    {
        ImageDocument doc(makeImage());
        RoiManagerPanel panel;
        panel.setDocument(&doc);
        panel.show();
        panel.setFileChooser(
            [](bool, const QString&, const QString&, QString*) -> QString { return kDir + u"rounded_rect.roi"_s; });
        click(panel, "importRoisButton");
        QCOMPARE(doc.roiCount(), 1);
        QCOMPARE(doc.roi(doc.roiIdAt(0)).name, u"rounded"_s);
        auto* box = panel.findChild<QMessageBox*>(u"importWarningsBox"_s);
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->informativeText().contains(u"rounded corners"_s), qPrintable(box->informativeText()));
        box->close();
    }
};

QTEST_MAIN(TestRoiImportExport)
#include "TestRoiImportExport.moc"
