// File > Export Figure…'s dialog on real widgets: the size label follows scale, DPI and region (hand-computed pixel
// and mm sizes), the widgets give the options the export uses (SVG with the ROI name, region and scale applied), the
// note appears for an uncalibrated image without a pixel bar, the panel option needs a plot and writes the panel,
// the preview is a miniature of the figure, and settings come back in the next dialog after a successful export.
#include "tests/ui/GlcmTestSupport.h"
#include "tests/ui/RoiToolTestSupport.h"
#include "ui/app/AppContext.h"
#include "ui/app/MainWindow.h"
#include "ui/figure/ExportFigureDialog.h"
#include "ui/plots/ScatterPlot.h"
#include "ui/settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::test;

namespace {
template <typename T> T* child(QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

/** The sample (300 × 300) with calibration pixelWidth µm/px and one ROI "nucleus 1". */
std::unique_ptr<ImageDocument> sample(double pixelWidth)
{
    auto doc = openSampleDocument();
    if (!doc) {
        return doc;
    }
    Image image = doc->image();
    image.calibration.pixelWidth = pixelWidth;
    image.calibration.pixelHeight = pixelWidth;
    image.calibration.unit = pixelWidth == 1.0 ? QStringLiteral("pixel") : QStringLiteral("micron");
    auto out = std::make_unique<ImageDocument>(image);
    addRois(*out, {Roi::rectangle(QStringLiteral("nucleus 1"), 100, 100, 40, 30)});
    return out;
}
/** A label layer on doc with n one-pixel objects 1..n, 17 px apart (at most 289 on the 300 × 300 sample). */
bool addObjects(ImageDocument& doc, int n)
{
    cv::Mat labels(doc.image().height(), doc.image().width(), CV_32S, cv::Scalar(0));
    for (int i = 0; i < n; ++i) {
        labels.at<int>((i / 17) * 17, (i % 17) * 17) = i + 1;
    }
    return doc.setLabelLayer({labels, n});
}
} // namespace

class TestExportFigureDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        roitest::isolateSettings(QStringLiteral("TestExportFigureDialog"));
        Settings().setFigureExport({});
    }
    void init() { Settings().setFigureExport({}); }

    void sizeLabel_data()
    {
        QTest::addColumn<bool>("visible");
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole x1 300") << false << 1.0 << 300.0 << "300 × 300 px, 25.4 × 25.4 mm";
        QTest::newRow("whole x2 150") << false << 2.0 << 150.0 << "600 × 600 px, 101.6 × 101.6 mm";
        QTest::newRow("visible 120x80 x3 72") << true << 3.0 << 72.0 << "360 × 240 px, 127.0 × 84.7 mm";
    }
    void sizeLabel()
    {
        QFETCH(bool, visible);
        QFETCH(double, scale);
        QFETCH(double, dpi);
        QFETCH(QString, text);
        auto doc = sample(0.5);
        QVERIFY(doc);
        ExportFigureDialog dialog(FigureContent::fromDocument(*doc), QRect(50, 60, 120, 80), nullptr);
        child<QComboBox>(&dialog, "figureRegion")->setCurrentIndex(visible ? 1 : 0);
        child<QDoubleSpinBox>(&dialog, "figureScale")->setValue(scale);
        child<QDoubleSpinBox>(&dialog, "figureDpi")->setValue(dpi);
        QCOMPARE(child<QLabel>(&dialog, "figureSize")->text(), text);
        QCOMPARE(dialog.options().region, visible ? QRect(50, 60, 120, 80) : QRect());
        QVERIFY(!dialog.preview().isNull());
        QVERIFY(dialog.preview().width() <= 320 && dialog.preview().height() <= 240);
    }

    void widgetsDriveTheExport()
    {
        auto doc = sample(0.5);
        QVERIFY(doc);
        ExportFigureDialog dialog(FigureContent::fromDocument(*doc), QRect(90, 90, 100, 60), nullptr);
        dialog.setFormat(FigureFormat::Svg);
        child<QComboBox>(&dialog, "figureRegion")->setCurrentIndex(1);
        child<QDoubleSpinBox>(&dialog, "figureScale")->setValue(2.0);
        child<QDoubleSpinBox>(&dialog, "scaleBarLength")->setValue(10.0);
        if (qEnvironmentVariableIsSet("FIGURE_KEEP")) { // a look at the dialog
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QStringLiteral("/tmp/i10fig-dialog.png"));
        }
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("fig.svg"));
        const Status s = dialog.exportTo(svg);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("viewBox=\"0 0 200 120\"")));
        QVERIFY(text.contains(QStringLiteral(">nucleus 1<")));
        QVERIFY(text.contains(QStringLiteral(">10 µm<")));
        // Names off: the name is gone, the outline stays.
        child<QCheckBox>(&dialog, "figureRoiNames")->setChecked(false);
        QVERIFY(dialog.exportTo(svg).isOk());
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(f.readAll()).contains(QStringLiteral("nucleus 1")));
    }

    void uncalibratedNote()
    {
        auto doc = sample(1.0);
        QVERIFY(doc);
        ExportFigureDialog dialog(FigureContent::fromDocument(*doc), QRect(), nullptr);
        auto* note = child<QLabel>(&dialog, "figureNote");
        auto* uncalibrated = child<QComboBox>(&dialog, "scaleBarUncalibrated");
        QVERIFY(uncalibrated->isEnabled());
        QVERIFY(note->text().isEmpty());
        uncalibrated->setCurrentIndex(1); // no bar
        QVERIFY(!note->text().isEmpty());
        QCOMPARE(dialog.notes().size(), 1);
        QVERIFY(!dialog.options().scaleBar.pixelsWhenUncalibrated);
        QCOMPARE(child<QComboBox>(&dialog, "figureRegion")->count(), 1); // no visible region offered
    }

    void panel()
    {
        auto doc = sample(0.5);
        QVERIFY(doc);
        ExportFigureDialog noPlot(FigureContent::fromDocument(*doc), QRect(), nullptr);
        QVERIFY(!child<QCheckBox>(&noPlot, "figurePanel")->isEnabled());
        addSyntheticResult(*doc, 4);
        ScatterPlot plot;
        plot.setDocument(doc.get());
        plot.resize(500, 400);
        ExportFigureDialog dialog(FigureContent::fromDocument(*doc), QRect(), plot.plot());
        child<QCheckBox>(&dialog, "figurePanel")->setChecked(true);
        QVERIFY(dialog.isPanel());
        QVERIFY(!child<QDoubleSpinBox>(&dialog, "figureScale")->isEnabled());
        child<QDoubleSpinBox>(&dialog, "figurePanelHeight")->setValue(50.0);
        child<QDoubleSpinBox>(&dialog, "figureDpi")->setValue(254.0);
        // 50 mm at 254 DPI = 500 px; image 500; gap 3 mm = 30; plot 60 mm = 600: 1130 × 500.
        QVERIFY2(child<QLabel>(&dialog, "figureSize")->text().startsWith(QStringLiteral("1130 × 500 px")),
                 qPrintable(child<QLabel>(&dialog, "figureSize")->text()));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("panel.png"));
        QVERIFY(dialog.exportTo(png).isOk());
        QCOMPARE(QImage(png).size(), QSize(1130, 500));
    }

    void settingsRemembered()
    {
        auto doc = sample(0.5);
        QVERIFY(doc);
        QTemporaryDir dir;
        {
            ExportFigureDialog dialog(FigureContent::fromDocument(*doc), QRect(10, 10, 50, 50), nullptr);
            dialog.setFormat(FigureFormat::Pdf);
            child<QComboBox>(&dialog, "figureRegion")->setCurrentIndex(1);
            child<QDoubleSpinBox>(&dialog, "figureDpi")->setValue(600.0);
            child<QComboBox>(&dialog, "scaleBarCorner")->setCurrentIndex(3); // top left
            child<QCheckBox>(&dialog, "figureRois")->setChecked(false);
            // A failed export remembers nothing …
            QVERIFY(!dialog.exportAndRemember(dir.filePath(QStringLiteral("missing/fig.pdf"))).isOk());
            ExportFigureDialog fresh(FigureContent::fromDocument(*doc), QRect(10, 10, 50, 50), nullptr);
            QCOMPARE(fresh.format(), FigureFormat::Png);
            // … a successful one everything.
            QVERIFY(dialog.exportAndRemember(dir.filePath(QStringLiteral("fig.pdf"))).isOk());
        }
        ExportFigureDialog next(FigureContent::fromDocument(*doc), QRect(10, 10, 50, 50), nullptr);
        QCOMPARE(next.format(), FigureFormat::Pdf);
        QCOMPARE(next.options().dpi, 600.0);
        QCOMPARE(next.options().region, QRect(10, 10, 50, 50));
        QCOMPARE(next.options().scaleBar.corner, FigureCorner::TopLeft);
        QVERIFY(!next.options().rois);
    }

    // "Object numbers" is on by default for an image with a modest number of objects, off without objects or with
    // many; the rule's limit is maxDefaultObjectNumbers().
    void objectNumbersDefault_data()
    {
        QTest::addColumn<int>("objects");
        QTest::addColumn<bool>("expected");
        QTest::newRow("no label layer") << 0 << false;
        QTest::newRow("one object") << 1 << true;
        QTest::newRow("a few") << 12 << true;
        QTest::newRow("at the limit") << maxDefaultObjectNumbers() << true;
        QTest::newRow("over the limit") << maxDefaultObjectNumbers() + 1 << false;
    }
    void objectNumbersDefault()
    {
        QFETCH(int, objects);
        QFETCH(bool, expected);
        auto doc = sample(0.5);
        QVERIFY(doc);
        if (objects > 0) {
            QVERIFY(addObjects(*doc, objects));
        }
        ExportFigureDialog dialog(FigureContent::fromDocument(*doc), QRect(), nullptr);
        auto* numbers = child<QCheckBox>(&dialog, "figureObjectNumbers");
        QCOMPARE(numbers->isChecked(), expected);
        QCOMPARE(dialog.options().objectNumbers, expected);
        QCOMPARE(numbers->isEnabled(), objects > 0);
        QVERIFY(!numbers->toolTip().isEmpty());
    }

    // The default follows each image until the user chooses; the choice is then remembered.
    void objectNumbersChoiceRemembered()
    {
        auto few = sample(0.5);
        auto many = sample(0.5);
        QVERIFY(few && many);
        QVERIFY(addObjects(*few, 5));
        QVERIFY(addObjects(*many, maxDefaultObjectNumbers() + 50));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("fig.png"));
        {
            ExportFigureDialog dialog(FigureContent::fromDocument(*few), QRect(), nullptr);
            QVERIFY(dialog.options().objectNumbers);
            QVERIFY(dialog.exportAndRemember(png).isOk()); // not chosen: nothing remembered about numbers
        }
        QVERIFY(!Settings().figureExport().contains(QStringLiteral("objectNumbers")));
        QVERIFY(!ExportFigureDialog(FigureContent::fromDocument(*many), QRect(), nullptr).options().objectNumbers);
        {
            ExportFigureDialog dialog(FigureContent::fromDocument(*few), QRect(), nullptr);
            child<QCheckBox>(&dialog, "figureObjectNumbers")->click(); // the user turns them off
            QVERIFY(!dialog.options().objectNumbers);
            QVERIFY(dialog.exportAndRemember(png).isOk());
        }
        QVERIFY(!ExportFigureDialog(FigureContent::fromDocument(*few), QRect(), nullptr).options().objectNumbers);
        {
            ExportFigureDialog dialog(FigureContent::fromDocument(*many), QRect(), nullptr);
            child<QCheckBox>(&dialog, "figureObjectNumbers")->click(); // … and on, for the crowded image
            QVERIFY(dialog.exportAndRemember(png).isOk());
        }
        QVERIFY(ExportFigureDialog(FigureContent::fromDocument(*many), QRect(), nullptr).options().objectNumbers);
    }

    // On a short screen (a laptop at 200 % scaling) the dialog fits the available height: the buttons and the preview
    // stay in view and the options scroll.
    void fitsAShortScreen()
    {
        auto doc = sample(0.5);
        QVERIFY(doc);
        ExportFigureDialog dialog(FigureContent::fromDocument(*doc), QRect(), nullptr);
        auto* scroll = child<QScrollArea>(&dialog, "figureOptionsScroll");
        const int optionsHeight = scroll->widget()->sizeHint().height();
        const QSize available(1000, optionsHeight * 2 / 3); // shorter than the options
        dialog.fitTo(available);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.height() <= available.height(), qPrintable(QString::number(dialog.height())));
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        for (QAbstractButton* b : buttons->buttons()) {
            QTRY_COMPARE(b->visibleRegion().boundingRect(), b->rect());
        }
        auto* preview = child<QLabel>(&dialog, "figurePreview");
        QCOMPARE(preview->visibleRegion().boundingRect(), preview->rect());
        // The last option scrolls into view.
        auto* last = child<QComboBox>(&dialog, "scaleBarUncalibrated");
        scroll->ensureWidgetVisible(last, 0, 0);
        QTRY_COMPARE(last->visibleRegion().boundingRect(), last->rect());
        // A tall screen shows every option without scrolling.
        dialog.fitTo(QSize(1000, optionsHeight * 2));
        QTRY_VERIFY(dialog.height() >= optionsHeight);
        QTRY_VERIFY(!scroll->verticalScrollBar()->isVisible());
    }

    void menuEntry()
    {
        AppContext context;
        MainWindow window(context);
        auto* action = window.findChild<QAction*>(QStringLiteral("actionExportFigure"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openFile(glcmDataDir() + QStringLiteral("/pyimagej_test_still.tif"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(action->isEnabled());
    }
};

QTEST_MAIN(TestExportFigureDialog)
#include "TestExportFigureDialog.moc"
