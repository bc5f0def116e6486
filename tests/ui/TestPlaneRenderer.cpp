// Pure render functions and the DisplayRenderer, checked against pixels computed by hand in the data rows.
#include "ui/app/AppContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"
#include "ui/viewer/DisplayRenderer.h"
#include "ui/viewer/PlaneRenderer.h"

#include <QSignalSpy>
#include <QtTest>

#include <limits>

using namespace tessera;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

cv::Mat constantPlane(int cvType, double value)
{
    cv::Mat plane(3, 5, cvType, cv::Scalar(0));
    if (cvType == CV_32F) {
        plane.at<float>(1, 2) = float(value);
    } else if (cvType == CV_16U) {
        plane.at<quint16>(1, 2) = quint16(value);
    } else {
        plane.at<uchar>(1, 2) = uchar(value);
    }
    return plane;
}

/** An 8-bit image with channels planes of 4 × 3 pixels, plane c filled with values[c]. */
Image channelsImage(const QList<int>& values)
{
    Image image = Image::create(PixelType::UInt8, 4, 3, int(values.size())).value();
    for (int c = 0; c < values.size(); ++c) {
        image.plane(c).setTo(values[c]);
    }
    image.displayRanges = QVector<DisplayRange>(values.size(), DisplayRange{0.0, 255.0});
    return image;
}

} // namespace

class TestPlaneRenderer : public QObject
{
    Q_OBJECT
private slots:
    void lutMapping_data()
    {
        QTest::addColumn<int>("cvType");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<QString>("lut");
        QTest::addColumn<bool>("inverted");
        QTest::addColumn<QColor>("expected");
        // index = round(255 (v − min) / (max − min)), clamped
        QTest::newRow("16-bit grays interior")
            << CV_16U << 160.0 << 100.0 << 200.0 << "Grays" << false << QColor(153, 153, 153); // 255·60/100 = 153
        QTest::newRow("16-bit below min") << CV_16U << 50.0 << 100.0 << 200.0 << "Grays" << false << QColor(0, 0, 0);
        QTest::newRow("16-bit above max")
            << CV_16U << 60000.0 << 100.0 << 200.0 << "Grays" << false << QColor(255, 255, 255);
        QTest::newRow("8-bit red") << CV_8U << 10.0 << 0.0 << 40.0 << "Red" << false << QColor(64, 0, 0); // 63.75 → 64
        QTest::newRow("8-bit cyan") << CV_8U << 30.0 << 20.0 << 30.0 << "Cyan" << false << QColor(0, 255, 255);
        QTest::newRow("fire top") << CV_8U << 255.0 << 0.0 << 255.0 << "Fire" << false
                                  << QColor(255, 255, 223); // b = int(255 · 3.5 · 0.25) = 223
        QTest::newRow("float quarter") << CV_32F << 0.25 << 0.0 << 1.0 << "Grays" << false << QColor(64, 64, 64);
        QTest::newRow("float NaN") << CV_32F << kNaN << 0.0 << 1.0 << "Grays" << false << QColor(0, 0, 0);
        QTest::newRow("float +inf") << CV_32F << kInf << 0.0 << 1.0 << "Grays" << false << QColor(255, 255, 255);
        QTest::newRow("float -inf") << CV_32F << -kInf << 0.0 << 1.0 << "Grays" << false << QColor(0, 0, 0);
        QTest::newRow("float negative range")
            << CV_32F << -1.5 << -2.0 << 0.0 << "Green" << false << QColor(0, 64, 0); // 255 · 0.5 / 2 = 63.75
        QTest::newRow("empty range = [min, min+1]")
            << CV_16U << 6.0 << 5.0 << 5.0 << "Grays" << false << QColor(255, 255, 255);
        QTest::newRow("inverted grays") << CV_8U << 10.0 << 0.0 << 40.0 << "Grays" << true
                                        << QColor(191, 191, 191); // 255 − 64
        QTest::newRow("inverted red") << CV_8U << 10.0 << 0.0 << 40.0 << "Red" << true
                                      << QColor(191, 0, 0); // reversed table: red[255 − 64]
        QTest::newRow("inverted NaN") << CV_32F << kNaN << 0.0 << 1.0 << "Grays" << true << QColor(255, 255, 255);
    }
    void lutMapping()
    {
        QFETCH(int, cvType);
        QFETCH(double, value);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(QString, lut);
        QFETCH(bool, inverted);
        QFETCH(QColor, expected);
        const cv::Mat plane = constantPlane(cvType, value);
        const Lut table = inverted ? Lut::byName(lut).reversed() : Lut::byName(lut);
        const QImage rgb = renderPlaneRgb(plane, {min, max}, table);
        QCOMPARE(rgb.format(), QImage::Format_RGB32);
        QCOMPARE(rgb.size(), QSize(5, 3));
        QCOMPARE(QColor(rgb.pixel(2, 1)), expected);
        // The indexed renderer maps the same way.
        const QImage indexed = renderPlane(plane, {min, max}, table);
        QCOMPARE(QColor(indexed.pixel(2, 1)), expected);

        // renderDisplay of a one-channel image with that view gives the same pixel.
        Image image = Image::fromPlane(plane).value();
        ChannelView view;
        view.range = {min, max};
        view.lut = lut;
        const QImage shown = renderDisplay(image, makeDisplayState(image, {}, {view}, false, inverted));
        QCOMPARE(QColor(shown.pixel(2, 1)), expected);
    }

    void composite_data()
    {
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<QList<QColor>>("colors");
        QTest::addColumn<QList<bool>>("visible");
        QTest::addColumn<bool>("inverted");
        QTest::addColumn<QColor>("expected");
        const QColor red(255, 0, 0), green(0, 255, 0), blue(0, 0, 255), yellow(255, 255, 0), dark(128, 0, 0);
        QTest::newRow("red + green") << QList<int>{200, 100} << QList<QColor>{red, green} << QList<bool>{true, true}
                                     << false << QColor(200, 100, 0);
        QTest::newRow("sum clamps") << QList<int>{200, 100} << QList<QColor>{red, yellow} << QList<bool>{true, true}
                                    << false << QColor(255, 100, 0); // R: 200 + 100 → 255
        QTest::newRow("partial colour") << QList<int>{100, 0} << QList<QColor>{dark, green} << QList<bool>{true, true}
                                        << false << QColor(50, 0, 0); // round(128 · 100 / 255) = round(50.2)
        QTest::newRow("hidden channel") << QList<int>{200, 100, 50} << QList<QColor>{red, green, blue}
                                        << QList<bool>{true, false, true} << false << QColor(200, 0, 50);
        QTest::newRow("none visible") << QList<int>{200, 100} << QList<QColor>{red, green} << QList<bool>{false, false}
                                      << false << QColor(0, 0, 0);
        QTest::newRow("inverted") << QList<int>{200, 100} << QList<QColor>{red, green} << QList<bool>{true, true}
                                  << true << QColor(55, 155, 255);
        QTest::newRow("inverted none visible") << QList<int>{200, 100} << QList<QColor>{red, green}
                                               << QList<bool>{false, false} << true << QColor(255, 255, 255);
    }
    void composite()
    {
        QFETCH(QList<int>, values);
        QFETCH(QList<QColor>, colors);
        QFETCH(QList<bool>, visible);
        QFETCH(bool, inverted);
        QFETCH(QColor, expected);
        const Image image = channelsImage(values);
        QList<ChannelView> views;
        std::vector<CompositeChannel> channels;
        for (int c = 0; c < values.size(); ++c) {
            ChannelView v;
            v.range = {0.0, 255.0};
            v.color = colors[c];
            v.visible = visible[c];
            views.append(v);
            if (visible[c]) {
                channels.push_back({image.plane(c), v.range, colors[c]});
            }
        }
        const QImage shown = renderDisplay(image, makeDisplayState(image, {1, 0, 0}, views, true, inverted));
        QCOMPARE(shown.format(), QImage::Format_RGB32);
        QCOMPARE(shown.size(), QSize(4, 3));
        QCOMPARE(QColor(shown.pixel(3, 2)), expected);
        if (!channels.empty()) {
            QCOMPARE(QColor(renderComposite(channels, inverted).pixel(0, 0)), expected);
        }
        // Without composite mode only the position's channel is drawn, with its LUT (Grays).
        const QImage single = renderDisplay(image, makeDisplayState(image, {1, 0, 0}, views, false, false));
        QCOMPARE(QColor(single.pixel(0, 0)), QColor(values[1], values[1], values[1]));
    }

    void reusesAnUnsharedBuffer()
    {
        const cv::Mat plane = constantPlane(CV_8U, 10.0);
        QImage buffer(5, 3, QImage::Format_RGB32);
        buffer.fill(Qt::red);
        const uchar* bits = buffer.constBits();
        const QImage out = renderPlaneRgb(plane, {0.0, 40.0}, Lut::grays(), nullptr, std::move(buffer));
        QCOMPARE(out.constBits(), bits); // written in place
        QCOMPARE(QColor(out.pixel(2, 1)), QColor(64, 64, 64));
        QCOMPARE(QColor(out.pixel(0, 0)), QColor(0, 0, 0));
        // A shared image is left alone; so is one of another size.
        QImage shared(5, 3, QImage::Format_RGB32);
        shared.fill(Qt::red);
        const QImage keep = shared;
        const QImage other = renderPlaneRgb(plane, {0.0, 40.0}, Lut::grays(), nullptr, shared);
        QVERIFY(other.constBits() != keep.constBits());
        QCOMPARE(QColor(keep.pixel(2, 1)), QColor(Qt::red));
        QImage small(2, 2, QImage::Format_RGB32);
        QCOMPARE(renderPlaneRgb(plane, {0.0, 40.0}, Lut::grays(), nullptr, std::move(small)).size(), QSize(5, 3));
    }

    void displayStateIgnoresWhatIsNotShown()
    {
        const Image image = channelsImage({10, 20});
        ChannelView a, b;
        a.range = b.range = {0.0, 255.0};
        ChannelView b2 = b;
        b2.lut = QStringLiteral("Fire");
        b2.range = {5.0, 6.0};
        // Single mode on channel 0: channel 1's settings do not matter.
        QVERIFY(makeDisplayState(image, {0, 0, 0}, {a, b}, false, false) ==
                makeDisplayState(image, {0, 0, 0}, {a, b2}, false, false));
        // Composite: a hidden channel's settings do not matter, its LUT never does, the position's channel neither.
        b.visible = b2.visible = false;
        QVERIFY(makeDisplayState(image, {0, 0, 0}, {a, b}, true, false) ==
                makeDisplayState(image, {1, 0, 0}, {a, b2}, true, false));
        b.visible = b2.visible = true;
        QVERIFY(makeDisplayState(image, {0, 0, 0}, {a, b}, true, false) !=
                makeDisplayState(image, {0, 0, 0}, {a, b2}, true, false));
        // A single-channel image cannot be composite.
        const Image one = channelsImage({10});
        QVERIFY(!makeDisplayState(one, {}, {a}, true, false).composite);
    }

    void rendererFollowsDocument_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("synchronous") << false;
        QTest::newRow("on the runner") << true;
    }
    void rendererFollowsDocument()
    {
        QFETCH(bool, async);
        AppContext context(2);
        TaskRunner runner(context.threadPool());
        ImageDocument doc(channelsImage({100, 40}));
        DisplayRenderer renderer(&runner);
        renderer.setSynchronousLimit(async ? 0 : 1 << 20);
        QSignalSpy spy(&renderer, &DisplayRenderer::imageReady);
        renderer.setDocument(&doc);
        if (async) {
            QVERIFY(spy.wait(5000));
        }
        QCOMPARE(spy.count(), 1);
        QCOMPARE(QColor(renderer.image().pixel(1, 1)), QColor(100, 100, 100));

        // Several changes in a row: the final image shows the final state.
        doc.setDisplayRange(0, {0.0, 200.0});
        doc.setDisplayRange(0, {0.0, 100.0});
        doc.setInverted(true);
        if (async) {
            QTRY_VERIFY_WITH_TIMEOUT(!renderer.isRendering(), 5000);
        }
        QCOMPARE(QColor(renderer.image().pixel(1, 1)), QColor(0, 0, 0)); // 255 → inverted 0
        QCOMPARE(QColor(spy.last().at(0).value<QImage>().pixel(1, 1)), QColor(0, 0, 0));

        // Composite of channel 0 (red) and 1 (green), ranges 0..100 and 0..255, inverted.
        doc.setInverted(false);
        doc.setComposite(true);
        if (async) {
            QTRY_VERIFY_WITH_TIMEOUT(!renderer.isRendering(), 5000);
        }
        QCOMPARE(QColor(renderer.image().pixel(2, 0)), QColor(255, 40, 0));

        // Cached: a change that does not alter what is shown renders nothing.
        const int before = spy.count();
        ChannelView v = doc.channelView(1);
        v.lut = QStringLiteral("Fire"); // not used in composite mode
        doc.setChannelView(1, v);
        doc.setPosition({1, 0, 0});
        QTest::qWait(50);
        QCOMPARE(spy.count(), before);

        // No document: a null image.
        renderer.setDocument(nullptr);
        QVERIFY(renderer.image().isNull());
        QVERIFY(spy.last().at(0).value<QImage>().isNull());
    }
};

QTEST_MAIN(TestPlaneRenderer)
#include "TestPlaneRenderer.moc"
