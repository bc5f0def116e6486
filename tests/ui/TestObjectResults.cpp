// The objects tab of the results dock on a real main window with the nuclei image: one row per object of the label
// layer, linked both ways with the document's object selection (a clicked row centres the object in the viewer),
// object edits update the rows, Set Measurements changes the columns (undoable, remembered by a new window), and the
// exported CSV is byte-identical to tessera-cli segment --out on the same objects.
#include "core/io/ImageReader.h"
#include "core/segmentation/SegmentationPipeline.h"
#include "tests/core/CliTestSupport.h"
#include "ui/app/AppContext.h"
#include "ui/app/DisplayNumber.h"
#include "ui/app/MainWindow.h"
#include "ui/document/ImageDocument.h"
#include "ui/document/commands/LabelCommands.h"
#include "ui/project/Project.h"
#include "ui/results/ObjectResults.h"
#include "ui/results/ObjectsTable.h"
#include "ui/results/ObjectsTableModel.h"
#include "ui/results/ResultsTable.h"
#include "ui/results/SetMeasurementsDialog.h"
#include "ui/settings/Settings.h"
#include "ui/viewer/ImageView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace tessera;
using tessera::test::CliRun;
using tessera::test::runCliWith;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);
const QString nucleiPath = dataDir + QStringLiteral("/cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The label image tessera-cli segment wrote (16-bit TIFF) as a LabelImage. */
LabelImage readLabels(const QString& path)
{
    ImageReader reader;
    const Expected<Image> image = reader.read(path);
    if (!image.isOk()) {
        qFatal("%s", qPrintable(image.status().message()));
    }
    LabelImage out;
    image->plane(0).convertTo(out.labels, CV_32S);
    double max = 0;
    cv::minMaxLoc(out.labels, nullptr, &max);
    out.count = int(max);
    return out;
}

/** Labels present in a label image, and the centre of each one's bounding box (found by scanning every pixel). */
QMap<int, QPointF> boxCentres(const cv::Mat& labels)
{
    QMap<int, QRect> boxes;
    for (int y = 0; y < labels.rows; ++y) {
        for (int x = 0; x < labels.cols; ++x) {
            const int l = labels.at<int>(y, x);
            if (l > 0) {
                boxes[l] = boxes.contains(l) ? boxes[l].united(QRect(x, y, 1, 1)) : QRect(x, y, 1, 1);
            }
        }
    }
    QMap<int, QPointF> out;
    for (auto it = boxes.begin(); it != boxes.end(); ++it) {
        const QRect& b = it.value();
        out.insert(it.key(), QPointF(b.x() + b.width() / 2.0, b.y() + b.height() / 2.0));
    }
    return out;
}

/** A main window with the nuclei image open and the objects tab at hand. */
struct Window
{
    std::unique_ptr<MainWindow> window;
    ResultsDock* dock = nullptr;
    ObjectsTable* table = nullptr;

    explicit Window(AppContext& context)
    {
        window = std::make_unique<MainWindow>(context);
        window->resize(1400, 900);
        window->show();
        QSignalSpy loaded(window.get(), &MainWindow::loadFinished);
        window->openFile(nucleiPath);
        if (!loaded.wait(20000) || !loaded.first().first().toBool()) {
            qFatal("cannot open the nuclei image");
        }
        dock = window->findChild<ResultsDock*>(QStringLiteral("resultsDock"));
        dock->show();
        table = dock->objectsTable();
    }
    ImageDocument* doc() const { return window->document(); }
    /** Pushes labels as the label layer and waits until the table shows their measurements. */
    bool setLabels(const LabelImage& labels)
    {
        doc()->undoStack()->push(new SetLabelLayerCommand(doc(), labels, doc()->position(), QStringLiteral("Segment")));
        return waitCurrent();
    }
    bool waitCurrent()
    {
        return QTest::qWaitFor(
            [this] {
                return doc()->hasResult(AnalysisKind::Measurements) && !doc()->isStale(AnalysisKind::Measurements) &&
                       !table->isRunning();
            },
            20000);
    }
    QStringList columns() const
    {
        QStringList names;
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            names << table->model()->headerData(c, Qt::Horizontal).toString();
        }
        return names;
    }
    QSet<int> labelsOfSelectedRows() const
    {
        QSet<int> out;
        for (const QModelIndex& i : table->view()->selectionModel()->selectedRows()) {
            out.insert(i.data(ObjectsTableModel::labelRole).toInt());
        }
        return out;
    }
};

/** Runs tessera-cli segment on the nuclei image into dir: objects.csv (with extra args) and labels.tif. */
bool runCliSegment(const QTemporaryDir& dir, const QStringList& extra)
{
    const CliRun r = runCliWith(QStringList{QStringLiteral("segment"), nucleiPath, QStringLiteral("--watershed"),
                                            QStringLiteral("--out"), dir.filePath(QStringLiteral("cli.csv")),
                                            QStringLiteral("--labels"), dir.filePath(QStringLiteral("labels.tif"))} +
                                extra);
    if (r.status != 0) {
        qWarning("%s", qPrintable(r.err));
    }
    return r.status == 0;
}

/** Chooses groups in the Set Measurements dialog opened by action and presses OK. */
void chooseMeasurements(QAction* action, const QList<MeasurementGroup>& groups)
{
    bool seen = false;
    QTimer::singleShot(0, [&seen, groups] {
        auto* dialog = qobject_cast<SetMeasurementsDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        seen = true;
        for (MeasurementGroup g : allMeasurementGroups()) {
            if (dialog->checkBox(g)->isChecked() != groups.contains(g)) {
                dialog->checkBox(g)->click();
            }
        }
        dialog->accept();
    });
    action->trigger();
    QVERIFY(seen);
}
} // namespace

class TestObjectResults : public QObject
{
    Q_OBJECT
    AppContext m_context;
    QTemporaryDir m_dir;
    LabelImage m_labels; ///< tessera-cli segment --watershed of the nuclei image

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestObjectResults"));
        Settings().setMeasurementSelection(MeasurementSelection());
        QVERIFY(m_dir.isValid());
        QVERIFY(runCliSegment(m_dir, {}));
        m_labels = readLabels(m_dir.filePath(QStringLiteral("labels.tif")));
        QVERIFY(m_labels.count > 100);
    }
    void cleanup() { Settings().setMeasurementSelection(MeasurementSelection()); }

    void rowsAreObjects()
    {
        Window w(m_context);
        QCOMPARE(w.table->model()->rowCount(), 0);
        QVERIFY(w.setLabels(m_labels));
        QCOMPARE(w.dock->tabs()->currentWidget(), w.table);
        QCOMPARE(w.table->model()->rowCount(), m_labels.count);
        // File > Export Table… exports the tab shown: the objects now, nothing on the (empty) ROIs tab.
        auto* exportTable = w.window->findChild<QAction*>(QStringLiteral("actionExportTable"));
        QVERIFY(exportTable->isEnabled());
        w.dock->tabs()->setCurrentIndex(0);
        QVERIFY(!exportTable->isEnabled());
        w.dock->tabs()->setCurrentWidget(w.table);
        QVERIFY(exportTable->isEnabled());
        QCOMPARE(w.columns().first(), QStringLiteral("Label"));
        const QMap<int, QPointF> objects = boxCentres(m_labels.labels);
        QCOMPARE(objects.size(), m_labels.count);
        for (int r = 0; r < w.table->model()->rowCount(); ++r) {
            QVERIFY(objects.contains(w.table->model()->labelAt(r)));
        }
        // The summary: count, mean area and area fraction from the layer itself.
        const double pixels = cv::countNonZero(m_labels.labels > 0);
        const QString summary = w.table->summary()->text();
        QVERIFY2(summary.contains(QString::number(m_labels.count)), qPrintable(summary));
        // Numbers as every panel shows them, the area unit as the CSV header writes it ("px²", not "pixel²").
        const Calibration& cal = w.doc()->image().calibration;
        const QString meanArea =
            QStringLiteral("%1 %2").arg(displayNumber(pixels * cal.pixelWidth * cal.pixelHeight / m_labels.count),
                                        csvUnitLabel(cal.unit + QStringLiteral("^2")));
        QVERIFY2(summary.contains(meanArea), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("pixel")), qPrintable(summary));
        QVERIFY2(summary.contains(displayPercent(100.0 * pixels / double(m_labels.labels.total()))),
                 qPrintable(summary));
        // The table: every number by the same rule, full precision in the tool tip, units in header tips as in CSV.
        ObjectsTableModel* model = w.table->model();
        const int labelColumn = model->table().columnIndex(QStringLiteral("Label"));
        for (int c = 0; c < model->columnCount(); ++c) {
            const MeasurementColumn& column = model->table().column(c);
            const QString tip = model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
            if (!column.unit.isEmpty()) {
                QVERIFY2(tip.endsWith(QStringLiteral("[%1]").arg(csvUnitLabel(column.unit))), qPrintable(tip));
                QVERIFY2(!tip.contains(QLatin1Char('^')), qPrintable(tip));
            }
            if (c == labelColumn) {
                continue;
            }
            for (int r = 0; r < std::min(model->rowCount(), 20); ++r) {
                const QVariant raw = model->data(model->index(r, c), Qt::UserRole);
                if (raw.typeId() != QMetaType::Double || std::isnan(raw.toDouble())) {
                    continue;
                }
                QCOMPARE(model->data(model->index(r, c)).toString(), displayNumber(raw.toDouble()));
                QCOMPARE(model->data(model->index(r, c), Qt::ToolTipRole).toString().toDouble(), raw.toDouble());
            }
        }
        // With a segmentation run, its parameters follow (as they were when it ran).
        SegmentationParams params;
        params.method = ThresholdMethod::Triangle;
        params.watershed = WatershedMode::DistanceTransform;
        params.seeds.tolerance = 0.75;
        params.seeds.minDistance = 4;
        params.excludeEdges = true;
        w.doc()->setParameters(AnalysisKind::Segmentation, params);
        auto run = std::make_shared<SegmentationResult>();
        run->labels = m_labels;
        run->threshold.lower = 41;
        run->threshold.upper = 255;
        w.doc()->setResult<SegmentationResult>(AnalysisKind::Segmentation, run,
                                               w.doc()->stamp(AnalysisKind::Segmentation));
        params.method = ThresholdMethod::Otsu; // changed after the run: not shown
        w.doc()->setParameters(AnalysisKind::Segmentation, params);
        const QString withRun = w.table->summary()->text();
        for (const char* part : {"Triangle (dark background)", "levels 41–255", "tolerance 0.75, min. distance 4",
                                 "edge objects excluded", "outlines refined (3 px)"}) {
            QVERIFY2(withRun.contains(QString::fromUtf8(part)), qPrintable(withRun));
        }
        QVERIFY(!withRun.contains(QLatin1String("Otsu")));
    }

    void rowClickSelectsAndCentres_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<bool>("sorted");
        QTest::newRow("first") << 0 << false;
        QTest::newRow("middle") << 100 << false;
        QTest::newRow("sorted by area") << 5 << true;
    }
    void rowClickSelectsAndCentres()
    {
        QFETCH(int, row);
        QFETCH(bool, sorted);
        Window w(m_context);
        QVERIFY(w.setLabels(m_labels));
        if (sorted) {
            w.table->view()->sortByColumn(w.columns().indexOf(QStringLiteral("Area")), Qt::DescendingOrder);
        }
        auto* view = w.window->findChild<ImageView*>(QStringLiteral("imageView"));
        view->setScale(4.0, QPointF(0, 0)); // zoomed in, so centring has to pan
        QSignalSpy centred(w.doc(), &ImageDocument::centreRequested);
        QTableView* table = w.table->view();
        table->scrollTo(table->model()->index(row, 0));
        const QRect cell = table->visualRect(table->model()->index(row, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        const int label = table->model()->index(row, 0).data(ObjectsTableModel::labelRole).toInt();
        QCOMPARE(w.doc()->selectedObjects(), QSet<int>{label});
        QCOMPARE(centred.size(), 1);
        const QPointF expected = boxCentres(m_labels.labels).value(label);
        QCOMPARE(centred.first().first().toPointF(), expected);
        const QPointF shown = view->widgetToImage(QPointF(view->width() / 2.0, view->height() / 2.0));
        QVERIFY2(QLineF(shown, expected).length() < 1e-6,
                 qPrintable(QStringLiteral("%1,%2").arg(shown.x()).arg(shown.y())));
    }

    void objectSelectionSelectsRows()
    {
        Window w(m_context);
        QVERIFY(w.setLabels(m_labels));
        const QList<int> labels = boxCentres(m_labels.labels).keys();
        const QSet<int> chosen{labels.value(3), labels.last()};
        w.doc()->setSelectedObjects(chosen);
        QCOMPARE(w.labelsOfSelectedRows(), chosen);
        // The first selected row is scrolled into view.
        QTableView* table = w.table->view();
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QVERIFY(std::any_of(rows.begin(), rows.end(), [table](const QModelIndex& i) {
            return table->viewport()->rect().intersects(table->visualRect(i));
        }));
        w.doc()->setSelectedObjects({});
        QVERIFY(w.labelsOfSelectedRows().isEmpty());
    }

    void deletingAnObjectUpdatesRows()
    {
        Window w(m_context);
        QVERIFY(w.setLabels(m_labels));
        const int victim = boxCentres(m_labels.labels).keys().value(7);
        LabelImage edited{m_labels.labels.clone(), m_labels.count};
        edited.labels.setTo(0, edited.labels == victim);
        w.doc()->setSelectedObjects({victim});
        QVERIFY(w.setLabels(edited));
        QCOMPARE(w.table->model()->rowCount(), m_labels.count - 1);
        QCOMPARE(w.table->model()->rowOf(victim), -1);
        QVERIFY(w.labelsOfSelectedRows().isEmpty()); // its row is gone
        w.doc()->undoStack()->undo();
        QVERIFY(w.waitCurrent());
        QCOMPARE(w.table->model()->rowCount(), m_labels.count);
        QVERIFY(w.table->model()->rowOf(victim) >= 0);
        // Removing the layer empties the table.
        w.doc()->undoStack()->push(new SetLabelLayerCommand(w.doc(), LabelImage{}, {}));
        QTRY_COMPARE(w.table->model()->rowCount(), 0);
    }

    void setMeasurementsChangesColumnsAndIsRemembered_data()
    {
        QTest::addColumn<QList<MeasurementGroup>>("groups");
        QTest::addColumn<QStringList>("columns");
        // ImageJ's column names of the checked boxes (8-bit single channel: no channel suffix).
        QTest::newRow("area, mean") << QList<MeasurementGroup>{MeasurementGroup::Area, MeasurementGroup::Mean}
                                    << QStringList{QStringLiteral("Label"), QStringLiteral("Area"),
                                                   QStringLiteral("PixelCount"), QStringLiteral("Mean")};
        QTest::newRow("feret, area fraction")
            << QList<MeasurementGroup>{MeasurementGroup::Feret, MeasurementGroup::AreaFraction}
            << QStringList{QStringLiteral("Label"),  QStringLiteral("Feret"),      QStringLiteral("FeretX"),
                           QStringLiteral("FeretY"), QStringLiteral("FeretAngle"), QStringLiteral("MinFeret"),
                           QStringLiteral("%Area")};
        QTest::newRow("none") << QList<MeasurementGroup>{} << QStringList{QStringLiteral("Label")};
    }
    void setMeasurementsChangesColumnsAndIsRemembered()
    {
        QFETCH(QList<MeasurementGroup>, groups);
        QFETCH(QStringList, columns);
        QStringList fullColumns;
        {
            Window w(m_context);
            QVERIFY(w.setLabels(m_labels));
            fullColumns = w.columns();
            QVERIFY(fullColumns.size() > columns.size());
            auto* action = w.window->findChild<QAction*>(QStringLiteral("actionSetMeasurements"));
            QVERIFY(action && action->isEnabled());
            chooseMeasurements(action, groups);
            QVERIFY(w.waitCurrent());
            QCOMPARE(w.columns(), columns);
            QCOMPARE(w.table->model()->rowCount(), m_labels.count);
            // One undo step restores the previous columns.
            w.doc()->undoStack()->undo();
            QVERIFY(w.waitCurrent());
            QCOMPARE(w.columns(), fullColumns);
            w.doc()->undoStack()->redo();
            QVERIFY(w.waitCurrent());
            QCOMPARE(w.columns(), columns);
        }
        // A new window remembers the choice.
        Window again(m_context);
        QVERIFY(again.setLabels(m_labels));
        QCOMPARE(again.columns(), columns);
    }

    void exportEqualsCli_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<bool>("european");
        QTest::newRow("default") << QString() << false;
        QTest::newRow("default, european") << QString() << true;
        QTest::newRow("area,mean,feret,area-fraction") << QStringLiteral("area,mean,feret,area-fraction") << false;
        QTest::newRow("shape,glcm") << QStringLiteral("shape,glcm") << false;
    }
    void exportEqualsCli()
    {
        QFETCH(QString, measure);
        QFETCH(bool, european);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList extra;
        if (!measure.isEmpty()) {
            extra << QStringLiteral("--measure") << measure;
        }
        if (european) {
            extra << QStringLiteral("--european");
        }
        QVERIFY(runCliSegment(dir, extra));
        Window w(m_context);
        const Expected<MeasurementSelection> selection = MeasurementSelection::fromKeys(
            measure.isEmpty() ? QStringList{} << QStringLiteral("default") : measure.split(QLatin1Char(',')));
        QVERIFY(selection.isOk());
        auto* action = w.window->findChild<QAction*>(QStringLiteral("actionSetMeasurements"));
        QList<MeasurementGroup> groups;
        for (MeasurementGroup g : allMeasurementGroups()) {
            if (selection->has(g)) {
                groups << g;
            }
        }
        chooseMeasurements(action, groups);
        QVERIFY(w.setLabels(readLabels(dir.filePath(QStringLiteral("labels.tif")))));
        const QString gui = dir.filePath(QStringLiteral("gui.csv"));
        const Status s = w.table->exportCsv(gui, european);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        const QByteArray cli = readAll(dir.filePath(QStringLiteral("cli.csv")));
        QVERIFY(cli.size() > 1000);
        QCOMPARE(readAll(gui), cli);
        QCOMPARE(w.table->csv(european), cli);
        // Both wrote a provenance sidecar describing the same columns and measurements.
        const QJsonObject guiJson = QJsonDocument::fromJson(readAll(gui + QStringLiteral(".json"))).object();
        const QJsonObject cliJson =
            QJsonDocument::fromJson(readAll(dir.filePath(QStringLiteral("cli.csv.json")))).object();
        QVERIFY(!guiJson.isEmpty() && !cliJson.isEmpty());
        QCOMPARE(guiJson.value(QStringLiteral("table")).toObject().value(QStringLiteral("columns")),
                 cliJson.value(QStringLiteral("table")).toObject().value(QStringLiteral("columns")));
        QCOMPARE(guiJson.value(QStringLiteral("table")).toObject().value(QStringLiteral("sha256")),
                 cliJson.value(QStringLiteral("table")).toObject().value(QStringLiteral("sha256")));
        QCOMPARE(guiJson.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("measurements")),
                 cliJson.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("measurements")));
        QCOMPARE(guiJson.value(QStringLiteral("regions")), cliJson.value(QStringLiteral("regions")));
        // The image's checksum is the one the window computed when it read the file (and the CLI's).
        const QString sha = w.window->project()->checksum(w.doc());
        QVERIFY(!sha.isEmpty());
        QCOMPARE(guiJson.value(QStringLiteral("input")).toObject().value(QStringLiteral("sha256")).toString(), sha);
        QCOMPARE(cliJson.value(QStringLiteral("input")).toObject().value(QStringLiteral("sha256")).toString(), sha);
    }

    void copyIsTabSeparatedInViewOrder()
    {
        Window w(m_context);
        QVERIFY(w.setLabels(m_labels));
        const int area = w.columns().indexOf(QStringLiteral("Area"));
        w.table->view()->sortByColumn(area, Qt::DescendingOrder);
        w.table->view()->selectRow(2);
        w.table->view()->selectionModel()->select(w.table->proxy()->index(0, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        w.table->copy();
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QString header = lines[0];
        header.remove(QRegularExpression(QStringLiteral(" \\[[^\\]]*\\]"))); // "Area [px²]": name and unit
        QCOMPARE(header.split(QLatin1Char('\t')), w.columns());
        const double first = lines[1].split(QLatin1Char('\t'))[area].toDouble();
        const double third = lines[2].split(QLatin1Char('\t'))[area].toDouble();
        QVERIFY(first >= third);
        QCOMPARE(first, w.table->proxy()->index(0, area).data(Qt::UserRole).toDouble());
        QCOMPARE(third, w.table->proxy()->index(2, area).data(Qt::UserRole).toDouble());
    }
};

QTEST_MAIN(TestObjectResults)
#include "TestObjectResults.moc"
