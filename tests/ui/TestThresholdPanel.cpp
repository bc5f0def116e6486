// The threshold dock, its overlay and "Try all" on real widgets with the nuclei image. Expected levels come from
// tessera-cli run in-process (the same numbers the CLI prints), expected masks from brute force over the pixels.
#include "core/io/ImageReader.h"
#include "core/task/TaskContext.h"
#include "core/threshold/LocalThreshold.h"
#include "tests/core/CliTestSupport.h"
#include "ui/app/AppContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"
#include "ui/threshold/ThresholdOverlay.h"
#include "ui/threshold/ThresholdPanel.h"
#include "ui/threshold/TryAllDialog.h"
#include "ui/viewer/ImageView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QtTest>

#include <memory>

using namespace tessera;

namespace {

const QString nucleiPath =
    QStringLiteral(TESSERA_TEST_DATA "/cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif");

template <typename T> T* child(QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

/** method → {lower, upper} printed by `tessera-cli threshold IMAGE --method METHOD [--light-background]`. */
QMap<QString, QPair<double, double>> cliLevels(const QString& method, bool dark)
{
    QStringList args{QStringLiteral("threshold"), nucleiPath, QStringLiteral("--method"), method};
    if (!dark) {
        args << QStringLiteral("--light-background");
    }
    const test::CliRun run = test::runCliWith(args);
    QMap<QString, QPair<double, double>> out;
    if (run.status != 0) {
        qWarning("tessera-cli failed: %s", qPrintable(run.err));
        return out;
    }
    for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        out.insert(o.value(QStringLiteral("method")).toString(),
                   {o.value(QStringLiteral("lower")).toDouble(), o.value(QStringLiteral("upper")).toDouble()});
    }
    return out;
}

/** Pixels of the 8-bit plane within [lower, upper], by brute force. */
cv::Mat bruteMask(const cv::Mat& plane, double lower, double upper)
{
    cv::Mat m(plane.size(), CV_8U, cv::Scalar(0));
    for (int y = 0; y < plane.rows; ++y) {
        for (int x = 0; x < plane.cols; ++x) {
            const double v = plane.at<uchar>(y, x);
            m.at<uchar>(y, x) = v >= lower && v <= upper ? 255 : 0;
        }
    }
    return m;
}

/** Widget pixels of grab that show the red overlay over the black test image. */
int redPixels(const QImage& grab)
{
    int n = 0;
    const QImage img = grab.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = img.pixel(x, y);
            n += qRed(p) > 100 && qGreen(p) < 30 && qBlue(p) < 30 ? 1 : 0;
        }
    }
    return n;
}

void chooseItem(QComboBox* combo, const QString& data)
{
    const int i = combo->findData(data) >= 0 ? combo->findData(data) : combo->findText(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}

/** A document with the nuclei image, the panel, an image view (black image of the same size) with the overlay. */
struct Fixture
{
    AppContext context{2};
    TaskRunner runner{context.threadPool()};
    std::unique_ptr<ImageDocument> doc;
    std::unique_ptr<ThresholdPanel> panel;
    std::unique_ptr<ImageView> view;
    ThresholdOverlay* overlay = nullptr;

    bool open()
    {
        Expected<Image> image = ImageReader().read(nucleiPath);
        if (!image.isOk()) {
            return false;
        }
        doc = std::make_unique<ImageDocument>(image.value());
        panel = std::make_unique<ThresholdPanel>(&runner);
        panel->setDocument(doc.get());
        panel->show();
        view = std::make_unique<ImageView>();
        view->resize(400, 400);
        QImage black(image->width(), image->height(), QImage::Format_RGB32);
        black.fill(Qt::black);
        view->setImage(black);
        overlay = new ThresholdOverlay(view.get());
        overlay->setDocument(doc.get());
        view->addOverlay(overlay, int(OverlayZ::ThresholdMask));
        view->show();
        view->fitToWindow();
        return QTest::qWaitForWindowExposed(view.get());
    }
    ThresholdSettings settings() const { return doc->parameters<ThresholdSettings>(AnalysisKind::Threshold); }
    ~Fixture() { runner.shutdown(); }
};

} // namespace

class TestThresholdPanel : public QObject
{
    Q_OBJECT

private slots:
    void methodsListed()
    {
        Fixture f;
        QVERIFY(f.open());
        auto* combo = child<QComboBox>(f.panel.get(), "methodCombo");
        QStringList data;
        for (int i = 0; i < combo->count(); ++i) {
            data << combo->itemData(i).toString();
        }
        QVERIFY(data.contains(QStringLiteral("Default")));
        QVERIFY(data.contains(QStringLiteral("IJ_IsoData")));
        QVERIFY(data.contains(QStringLiteral("Manual")));
        const QMap<QString, QPair<double, double>> cli = cliLevels(QStringLiteral("all"), true);
        QCOMPARE(data.size(), cli.size() + 1);
        for (const QString& m : cli.keys()) {
            QVERIFY2(data.contains(m), qPrintable(m));
        }
        for (QWidget* w : f.panel->findChildren<QWidget*>()) {
            if (qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w) || qobject_cast<QSlider*>(w) ||
                qobject_cast<QAbstractSpinBox*>(w)) {
                if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_"))) {
                    QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
                }
            }
        }
    }

    void previewOffUntilUsed()
    {
        Fixture f;
        QVERIFY(f.open());
        // Opening computes the Default levels without an undo step and without colouring the image.
        QVERIFY(f.settings().levelsSet);
        QCOMPARE(f.settings().method, QStringLiteral("Default"));
        const auto expected = cliLevels(QStringLiteral("Default"), true).value(QStringLiteral("Default"));
        QCOMPARE(f.settings().lower, expected.first);
        QVERIFY(!f.doc->isModified());
        QCOMPARE(f.overlay->foregroundPixelCount(), qint64(0));
        f.view->repaint();
        QCOMPARE(redPixels(f.view->grab().toImage()), 0);
        auto* preview = child<QCheckBox>(f.panel.get(), "previewCheck");
        QVERIFY(!preview->isChecked());
        preview->click();
        QCOMPARE(f.overlay->foregroundPixelCount(),
                 qint64(cv::countNonZero(bruteMask(f.doc->currentPlane(), expected.first, expected.second))));
        f.view->repaint();
        QVERIFY(redPixels(f.view->grab().toImage()) > 0);
        f.doc->undoStack()->undo();
        QVERIFY(!preview->isChecked());
        QCOMPARE(f.overlay->foregroundPixelCount(), qint64(0));
    }

    void autoMethodEqualsCli_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("dark");
        for (const char* m : {"Otsu", "Default", "IJ_IsoData", "Triangle", "Li", "Huang"}) {
            QTest::addRow("%s dark", m) << QString::fromLatin1(m) << true;
            QTest::addRow("%s light", m) << QString::fromLatin1(m) << false;
        }
    }
    void autoMethodEqualsCli()
    {
        QFETCH(QString, method);
        QFETCH(bool, dark);
        Fixture f;
        QVERIFY(f.open());
        auto* darkCheck = child<QCheckBox>(f.panel.get(), "darkBackgroundCheck");
        if (darkCheck->isChecked() != dark) {
            darkCheck->click();
        }
        chooseItem(child<QComboBox>(f.panel.get(), "methodCombo"), method);
        const auto expected = cliLevels(method, dark).value(method);
        QCOMPARE(f.settings().method, method);
        QCOMPARE(f.settings().lower, expected.first);
        QCOMPARE(f.settings().upper, expected.second);
        QCOMPARE(child<QDoubleSpinBox>(f.panel.get(), "lowerSpin")->value(), expected.first);
        QCOMPARE(child<QDoubleSpinBox>(f.panel.get(), "upperSpin")->value(), expected.second);
        QCOMPARE(child<QSlider>(f.panel.get(), "lowerSlider")->value(), int(expected.first));
        // The overlay draws exactly the pixels within the levels.
        const cv::Mat plane = f.doc->currentPlane();
        QCOMPARE(f.overlay->foregroundPixelCount(),
                 qint64(cv::countNonZero(bruteMask(plane, expected.first, expected.second))));
    }

    // Choosing another method always says which levels it gave, and says so when they equal the previous method's
    // (otherwise nothing visible would change). The pairs come from the CLI's levels: one method with Default's
    // levels and one with others, when the image has such methods.
    void methodChangeFeedback_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("same");
        const QMap<QString, QPair<double, double>> all = cliLevels(QStringLiteral("all"), true);
        const QPair<double, double> def = all.value(QStringLiteral("Default"));
        bool haveSame = false;
        bool haveOther = false;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it.key() == QLatin1String("Default")) {
                continue;
            }
            const bool same = it.value() == def;
            if ((same && !haveSame) || (!same && !haveOther)) {
                QTest::newRow(qPrintable(it.key())) << it.key() << same;
                (same ? haveSame : haveOther) = true;
            }
        }
        QVERIFY(haveOther);
    }
    void methodChangeFeedback()
    {
        QFETCH(QString, method);
        QFETCH(bool, same);
        Fixture f;
        QVERIFY(f.open());
        QCOMPARE(f.settings().method, QStringLiteral("Default"));
        auto* status = child<QLabel>(f.panel.get(), "thresholdStatus");
        chooseItem(child<QComboBox>(f.panel.get(), "methodCombo"), method);
        const auto expected = cliLevels(method, true).value(method);
        const QString levels = QStringLiteral("%1: levels %2–%3").arg(method).arg(expected.first).arg(expected.second);
        QVERIFY2(status->text().startsWith(levels), qPrintable(status->text()));
        QCOMPARE(status->text().contains(QStringLiteral("the same as Default")), same);
        // The status is in the panel's footer: visible without scrolling, however short the dock.
        f.panel->resize(300, 200);
        QVERIFY(status->isVisible());
        QTRY_COMPARE(status->visibleRegion().boundingRect(), status->rect());
        QVERIFY(f.panel->rect().contains(QRect(status->mapTo(f.panel.get(), QPoint(0, 0)), status->size())));
    }

    void planeChangeRecomputesAutoLevels_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("Otsu") << QStringLiteral("Otsu");
        QTest::newRow("Triangle") << QStringLiteral("Triangle");
        QTest::newRow("Manual stays") << manualMethodName();
    }
    void planeChangeRecomputesAutoLevels()
    {
        QFETCH(QString, method);
        // Two slices: the nuclei image and a darker, lower-contrast copy, whose levels differ.
        const Image nuclei = ImageReader().read(nucleiPath).value();
        Image stack = Image::create(PixelType::UInt8, nuclei.width(), nuclei.height(), 1, 2).value();
        nuclei.plane(0).copyTo(stack.plane(0, 0, 0));
        cv::Mat darker = stack.plane(0, 1, 0);
        nuclei.plane(0).convertTo(darker, CV_8U, 0.4, 20);
        Fixture f;
        f.doc = std::make_unique<ImageDocument>(stack);
        f.panel = std::make_unique<ThresholdPanel>(&f.runner);
        f.panel->setDocument(f.doc.get());
        f.panel->show();
        ThresholdSettings s = f.settings();
        s.method = method;
        s.levelsSet = true;
        s.lower = 77;
        s.upper = 200;
        f.doc->setParameters(AnalysisKind::Threshold, s);
        const int undoSteps = f.doc->undoStack()->count();
        f.doc->setPosition({0, 1, 0});
        if (method == manualMethodName()) {
            QCOMPARE(f.settings().lower, 77.0);
            QCOMPARE(f.settings().upper, 200.0);
            return;
        }
        AutoThresholdParams params;
        params.method = *thresholdMethodFromName(method);
        TaskContext task;
        const ThresholdResult slice2 = computeAutoThreshold(f.doc->currentPlane(), cv::Mat(), params, task).value();
        const ThresholdResult slice1 = computeAutoThreshold(stack.plane(0, 0, 0), cv::Mat(), params, task).value();
        QVERIFY(slice1.lower != slice2.lower || slice1.upper != slice2.upper);
        QTRY_COMPARE(f.settings().lower, slice2.lower);
        QCOMPARE(f.settings().upper, slice2.upper);
        QCOMPARE(f.settings().method, method);
        QCOMPARE(f.doc->undoStack()->count(), undoSteps); // following the plane is not an undo step
        f.doc->setPosition({0, 0, 0});
        QTRY_COMPARE(f.settings().lower, slice1.lower);
        QCOMPARE(f.settings().upper, slice1.upper);
    }

    void dragLowerSlider_data()
    {
        QTest::addColumn<int>("delta");
        QTest::addRow("down 30") << -30;
        QTest::addRow("up 20") << 20;
    }
    void dragLowerSlider()
    {
        QFETCH(int, delta);
        Fixture f;
        QVERIFY(f.open());
        chooseItem(child<QComboBox>(f.panel.get(), "methodCombo"), QStringLiteral("Otsu"));
        const ThresholdSettings otsu = f.settings();
        f.view->repaint();
        const int before = redPixels(f.view->grab().toImage());
        QVERIFY(before > 0);
        const int undoBefore = f.doc->undoStack()->count();
        auto* slider = child<QSlider>(f.panel.get(), "lowerSlider");
        slider->setSliderDown(true); // a drag: pressed, several steps, released
        const int start = slider->value();
        for (int i = 1; i <= std::abs(delta); ++i) {
            slider->setValue(start + (delta < 0 ? -i : i));
        }
        slider->setSliderDown(false);
        QCOMPARE(f.settings().method, QStringLiteral("Manual"));
        QCOMPARE(f.settings().lower, double(start + delta));
        QCOMPARE(f.doc->undoStack()->count(), undoBefore + 1); // one drag, one undo step
        f.view->repaint();
        const int after = redPixels(f.view->grab().toImage());
        QVERIFY2(delta < 0 ? after > before : after < before,
                 qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        QCOMPARE(f.overlay->foregroundPixelCount(),
                 qint64(cv::countNonZero(bruteMask(f.doc->currentPlane(), start + delta, otsu.upper))));
        f.doc->undoStack()->undo();
        QVERIFY(f.settings() == otsu);
        QCOMPARE(slider->value(), start);
    }

    void applyAndUndo_data()
    {
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addRow("20..255") << 20.0 << 255.0;
        QTest::addRow("0..40") << 0.0 << 40.0;
        QTest::addRow("60..61") << 60.0 << 61.0;
    }
    void applyAndUndo()
    {
        QFETCH(double, lower);
        QFETCH(double, upper);
        Fixture f;
        QVERIFY(f.open());
        child<QDoubleSpinBox>(f.panel.get(), "upperSpin")->setValue(upper);
        child<QDoubleSpinBox>(f.panel.get(), "lowerSpin")->setValue(lower);
        QCOMPARE(f.settings().lower, lower);
        QCOMPARE(f.settings().upper, upper);
        QSignalSpy spy(f.doc.get(), &ImageDocument::maskLayerChanged);
        QTest::mouseClick(child<QPushButton>(f.panel.get(), "applyButton"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QVERIFY(f.doc->hasMaskLayer());
        const cv::Mat expected = bruteMask(f.doc->currentPlane(), lower, upper);
        QCOMPARE(cv::countNonZero(f.doc->maskLayer() != expected), 0);
        QVERIFY(f.overlay->showsAppliedMask());
        QCOMPARE(f.overlay->foregroundPixelCount(), qint64(cv::countNonZero(expected)));
        f.doc->undoStack()->undo();
        QVERIFY(!f.doc->hasMaskLayer());
        QVERIFY(!f.overlay->showsAppliedMask());
        f.doc->undoStack()->redo();
        QCOMPARE(cv::countNonZero(f.doc->maskLayer() != expected), 0);
    }

    void tryAllEqualsCli_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("dark") << true;
        QTest::addRow("light") << false;
    }
    void tryAllEqualsCli()
    {
        QFETCH(bool, dark);
        Fixture f;
        QVERIFY(f.open());
        auto* darkCheck = child<QCheckBox>(f.panel.get(), "darkBackgroundCheck");
        if (darkCheck->isChecked() != dark) {
            darkCheck->click();
        }
        QTest::mouseClick(child<QPushButton>(f.panel.get(), "tryAllButton"), Qt::LeftButton);
        TryAllDialog* dialog = f.panel->tryAllDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
        const QMap<QString, QPair<double, double>> cli = cliLevels(QStringLiteral("all"), dark);
        QCOMPARE(int(dialog->entries().size()), cli.size());
        auto* list = child<QListWidget>(dialog, "tryAllList");
        QCOMPARE(list->count(), cli.size());
        for (const TryAllEntry& e : dialog->entries()) {
            QVERIFY2(cli.contains(e.method), qPrintable(e.method));
            QCOMPARE(e.levels.lower, cli.value(e.method).first);
            QCOMPARE(e.levels.upper, cli.value(e.method).second);
            QVERIFY(!e.thumbnail.isNull());
        }
        // Clicking a thumbnail picks that method with its levels.
        QListWidgetItem* otsu = list->findItems(QStringLiteral("Otsu"), Qt::MatchStartsWith).value(0);
        QVERIFY(otsu);
        list->scrollToItem(otsu);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(otsu).center());
        QCOMPARE(f.settings().method, QStringLiteral("Otsu"));
        QCOMPARE(f.settings().lower, cli.value(QStringLiteral("Otsu")).first);
        QCOMPARE(f.settings().upper, cli.value(QStringLiteral("Otsu")).second);
    }

    void tryAllCancel()
    {
        Fixture f;
        QVERIFY(f.open());
        QTest::mouseClick(child<QPushButton>(f.panel.get(), "tryAllButton"), Qt::LeftButton);
        TryAllDialog* dialog = f.panel->tryAllDialog();
        QVERIFY(dialog->isRunning());
        QVERIFY(f.runner.isRunning(f.panel->tryAllTaskKey()));
        QTest::mouseClick(child<QPushButton>(dialog, "tryAllCancel"), Qt::LeftButton);
        QVERIFY(!dialog->isRunning());
        QVERIFY(!f.runner.isRunning(f.panel->tryAllTaskKey()));
        QTest::qWait(300); // a finished worker's result must not arrive after the cancel
        QVERIFY(dialog->entries().empty());
        QCOMPARE(child<QListWidget>(dialog, "tryAllList")->count(), 0);
        QCOMPARE(child<QLabel>(dialog, "tryAllStatus")->text(), TryAllDialog::tr("Cancelled."));
    }

    void localPreview_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("radius");
        for (const QString& m : localThresholdMethodNames()) {
            QTest::addRow("%s r7", qPrintable(m)) << m << 7;
        }
    }
    void localPreview()
    {
        QFETCH(QString, method);
        QFETCH(int, radius);
        Fixture f;
        QVERIFY(f.open());
        chooseItem(child<QComboBox>(f.panel.get(), "methodCombo"), QStringLiteral("Otsu"));
        const cv::Mat global = bruteMask(f.doc->currentPlane(), f.settings().lower, f.settings().upper);
        chooseItem(child<QComboBox>(f.panel.get(), "modeCombo"), QString::number(int(ThresholdSettings::Mode::Local)));
        child<QSpinBox>(f.panel.get(), "radiusSpin")->setValue(radius);
        chooseItem(child<QComboBox>(f.panel.get(), "localMethodCombo"), method);
        QCOMPARE(f.settings().mode, ThresholdSettings::Mode::Local);
        QCOMPARE(localThresholdMethodName(f.settings().local.method), method);
        QTRY_VERIFY_WITH_TIMEOUT(f.doc->hasResult(AnalysisKind::Threshold) && !f.doc->isStale(AnalysisKind::Threshold),
                                 10000);
        const auto preview = f.doc->result<LocalThresholdPreview>(AnalysisKind::Threshold);
        QVERIFY(preview);
        QCOMPARE(f.overlay->foregroundPixelCount(), qint64(cv::countNonZero(preview->mask)));
        QVERIFY2(cv::countNonZero(preview->mask != global) > 0, "local preview equals the global mask");
        // Apply takes the local mask.
        QTest::mouseClick(child<QPushButton>(f.panel.get(), "applyButton"), Qt::LeftButton);
        QVERIFY(f.doc->hasMaskLayer());
        QCOMPARE(cv::countNonZero(f.doc->maskLayer() != preview->mask), 0);
    }
};

QTEST_MAIN(TestThresholdPanel)
#include "TestThresholdPanel.moc"
