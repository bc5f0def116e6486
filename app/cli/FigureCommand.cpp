#include "app/cli/FigureCommand.h"

#include "app/cli/CliSupport.h"
#include "core/session/Session.h"
#include "core/task/TaskContext.h"
#include "ui/document/ImageDocument.h"
#include "ui/figure/FigureContent.h"
#include "ui/figure/FigurePanel.h"
#include "ui/figure/FigureRenderer.h"
#include "ui/plots/ScatterPlot.h"
#include "ui/session/SessionState.h"
#include "ui/texture/GlcmJob.h"

#include <QFileInfo>
#include <QGuiApplication>

#include <cmath>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Cli)
};

const QString kCommand = QStringLiteral("figure");

bool parseCorner(const QString& text, FigureCorner* corner)
{
    const QString t = text.toLower();
    if (t == QLatin1String("br") || t == QLatin1String("bottom-right")) {
        *corner = FigureCorner::BottomRight;
    } else if (t == QLatin1String("bl") || t == QLatin1String("bottom-left")) {
        *corner = FigureCorner::BottomLeft;
    } else if (t == QLatin1String("tr") || t == QLatin1String("top-right")) {
        *corner = FigureCorner::TopRight;
    } else if (t == QLatin1String("tl") || t == QLatin1String("top-left")) {
        *corner = FigureCorner::TopLeft;
    } else {
        return false;
    }
    return true;
}

bool parseNumber(const QString& text, double lo, double hi, double* value)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < lo || v > hi) {
        return false;
    }
    *value = v;
    return true;
}

int runFigure(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SESSION"), Tr::tr("The session file (.tessera)."));
    parser.addOption({QStringLiteral("out"),
                      Tr::tr("Output file; the format follows the suffix: .png, .tif, .svg or .pdf (required)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("panel"), Tr::tr("The figure panel: the image beside the texture scatter plot "
                                                      "(GLCM of the session's ROIs with its parameters).")});
    parser.addOption({QStringLiteral("image"), Tr::tr("Which image of the session, 1-based (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("region"), Tr::tr("Only this part of the image, in pixels (default: all)."),
                      QStringLiteral("X,Y,W,H")});
    parser.addOption({QStringLiteral("scale"), Tr::tr("Output pixels per image pixel (default 1)."),
                      QStringLiteral("F"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("dpi"),
                      Tr::tr("Resolution written into the file; text and lines are sized in "
                             "points at it (default 300)."),
                      QStringLiteral("DPI"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("scale-bar"),
                      Tr::tr("Scale bar length in the image's unit, \"auto\" (default) or \"off\"."),
                      QStringLiteral("LENGTH"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("bar-corner"), Tr::tr("Scale bar corner: br (default), bl, tr or tl."),
                      QStringLiteral("CORNER"), QStringLiteral("br")});
    parser.addOption({QStringLiteral("bar-color"), Tr::tr("Scale bar colour (default white)."), QStringLiteral("COLOR"),
                      QStringLiteral("#ffffff")});
    parser.addOption({QStringLiteral("no-rois"), Tr::tr("Leave out the ROIs.")});
    parser.addOption({QStringLiteral("no-names"), Tr::tr("Leave out the ROI names.")});
    parser.addOption({QStringLiteral("no-objects"), Tr::tr("Leave out the label layer's outlines.")});
    parser.addOption({QStringLiteral("numbers"), Tr::tr("Draw each object's number.")});
    parser.addOption({QStringLiteral("no-threshold"), Tr::tr("Leave out the threshold overlay.")});
    parser.addOption({QStringLiteral("panel-height"), Tr::tr("Height of the figure panel in mm (default 70)."),
                      QStringLiteral("MM"), QStringLiteral("70")});
    if (auto exit = parseCommandLine(parser, kCommand, QStringLiteral("SESSION --out FILE"), args, io,
                                     Tr::tr("Renders an image of a session as an annotated figure (as File > Export "
                                            "Figure): the image as displayed, ROIs with names in class colours, "
                                            "object outlines, the applied threshold mask and a scale bar."))) {
        return *exit;
    }
    auto usage = [&io](const QString& message) { return cliFail(io, kCommand, message); };
    if (parser.positionalArguments().size() != 1) {
        return usage(Tr::tr("expected one SESSION file."));
    }
    const QString sessionPath = parser.positionalArguments().first();
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return usage(Tr::tr("--out FILE is required."));
    }
    if (!figureFormatForPath(out, nullptr)) {
        return usage(Tr::tr("--out: unknown format \"%1\" (use .png, .tif, .svg or .pdf).").arg(out));
    }
    FigureOptions options;
    bool ok = false;
    const int imageNumber = parser.value(QStringLiteral("image")).toInt(&ok);
    if (!ok || imageNumber < 1) {
        return usage(Tr::tr("--image must be a positive whole number."));
    }
    if (!parseNumber(parser.value(QStringLiteral("scale")), 0.05, 32.0, &options.scale)) {
        return usage(Tr::tr("--scale must be a number from 0.05 to 32."));
    }
    if (!parseNumber(parser.value(QStringLiteral("dpi")), 10.0, 4800.0, &options.dpi)) {
        return usage(Tr::tr("--dpi must be a number from 10 to 4800."));
    }
    if (parser.isSet(QStringLiteral("region"))) {
        const QStringList parts = parser.value(QStringLiteral("region")).split(QLatin1Char(','));
        int v[4] = {0, 0, 0, 0};
        bool good = parts.size() == 4;
        for (int i = 0; good && i < 4; ++i) {
            v[i] = parts[i].trimmed().toInt(&good);
        }
        if (!good || v[2] <= 0 || v[3] <= 0) {
            return usage(Tr::tr("--region must be X,Y,W,H in whole pixels with W, H > 0."));
        }
        options.region = QRect(v[0], v[1], v[2], v[3]);
    }
    const QString bar = parser.value(QStringLiteral("scale-bar"));
    if (bar == QLatin1String("off")) {
        options.scaleBar.enabled = false;
    } else if (bar != QLatin1String("auto") && !parseNumber(bar, 1e-12, 1e12, &options.scaleBar.length)) {
        return usage(Tr::tr("--scale-bar must be a positive length, \"auto\" or \"off\"."));
    }
    if (!parseCorner(parser.value(QStringLiteral("bar-corner")), &options.scaleBar.corner)) {
        return usage(Tr::tr("--bar-corner must be br, bl, tr or tl."));
    }
    options.scaleBar.color = QColor::fromString(parser.value(QStringLiteral("bar-color")));
    if (!options.scaleBar.color.isValid()) {
        return usage(Tr::tr("--bar-color: unknown colour \"%1\".").arg(parser.value(QStringLiteral("bar-color"))));
    }
    options.rois = !parser.isSet(QStringLiteral("no-rois"));
    options.roiNames = !parser.isSet(QStringLiteral("no-names"));
    options.objects = !parser.isSet(QStringLiteral("no-objects"));
    options.objectNumbers = parser.isSet(QStringLiteral("numbers"));
    options.threshold = !parser.isSet(QStringLiteral("no-threshold"));
    FigurePanelLayout layout;
    if (!parseNumber(parser.value(QStringLiteral("panel-height")), 10.0, 1000.0, &layout.heightMm)) {
        return usage(Tr::tr("--panel-height must be a number of mm from 10 to 1000."));
    }

    Expected<Session> session = SessionFile::read(sessionPath);
    if (!session.isOk()) {
        return cliFail(io, kCommand, session.status().message());
    }
    if (imageNumber > int(session->images.size())) {
        return usage(Tr::tr("--image %1: the session has %2 image(s).").arg(imageNumber).arg(session->images.size()));
    }
    const SessionImage& entry = session->images[size_t(imageNumber - 1)];
    if (!entry.imageFound) {
        return cliFail(io, kCommand, Tr::tr("the session's image \"%1\" was not found.").arg(entry.storedAbsolutePath));
    }
    if (const Status s = checkCliOutputs({{QStringLiteral("--out"), out}}, {sessionPath, entry.path}); !s.isOk()) {
        return cliFail(io, kCommand, s.message());
    }
    std::optional<Image> image = readImageForCli(kCommand, entry.path, io);
    if (!image) {
        return CliError;
    }
    if (image->width() != entry.width || image->height() != entry.height || image->channels() != entry.channels ||
        image->slices() != entry.slices || image->frames() != entry.frames) {
        return cliFail(io, kCommand,
                       Tr::tr("the image \"%1\" no longer has the size the session was made with.").arg(entry.path));
    }
    if (!entry.sha256.isEmpty()) {
        const Expected<QString> sha = sha256OfFile(entry.path);
        if (sha.isOk() && sha.value() != entry.sha256) {
            cliWarning(
                io, kCommand,
                Tr::tr("the image \"%1\" changed since the session was saved (checksum differs).").arg(entry.path));
        }
    }
    ImageDocument doc(*image);
    SessionState::apply(doc, entry);
    const FigureContent content = FigureContent::fromDocument(doc);
    Status written;
    if (parser.isSet(QStringLiteral("panel"))) {
        if (doc.roiCount() == 0) {
            return cliFail(io, kCommand, Tr::tr("--panel needs ROIs: the session's image has none."));
        }
        if (!doc.hasParameters(AnalysisKind::Glcm)) {
            doc.setParameters(AnalysisKind::Glcm, GlcmParams{});
        }
        TaskContext task;
        const ResultStamp stamp = doc.stamp(AnalysisKind::Glcm);
        Expected<GlcmResult> glcm = computeGlcmJob(makeGlcmJob(doc), task);
        if (!glcm.isOk()) {
            return cliFail(io, kCommand, glcm.status().message());
        }
        doc.setResult<GlcmResult>(AnalysisKind::Glcm, std::make_shared<const GlcmResult>(std::move(glcm.value())),
                                  stamp);
        ScatterPlot plot;
        plot.setDocument(&doc);
        plot.resize(plot.sizeHint());
        written = writeFigurePanel(content, options, plot.plot(), out, layout);
    } else {
        const FigureRenderer figure(content, options);
        for (const QString& note : figure.notes()) {
            cliWarning(io, kCommand, note);
        }
        written = figure.write(out);
    }
    if (!written.isOk()) {
        return cliFail(io, kCommand, written.message());
    }
    return CliOk;
}
} // namespace

Status writeRunFigure(const RunFigure& figure)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return Status::unsupported(Tr::tr("drawing needs a QGuiApplication, which this program did not create"));
    }
    SessionImage s = figure.session; // shares the session's layers; they belong to its own image, not this one
    s.maskLayer = cv::Mat();
    s.labelLayer = figure.labels.labels;
    s.labelCount = figure.labels.count;
    if (s.segmentation) {
        s.labelPlane = {s.segmentation->channel, s.segmentation->slice, s.segmentation->frame};
    }
    s.panels.remove(QStringLiteral("threshold")); // the session's levels need not fit this image: no overlay
    s.localThreshold.reset();
    ImageDocument doc(figure.image);
    SessionState::apply(doc, s);
    FigureOptions options;
    options.threshold = false;
    options.scaleBar.pixelsWhenUncalibrated = false;
    return FigureRenderer(FigureContent::fromDocument(doc), options).write(figure.path);
}

std::vector<CliCommand> figureCliCommands()
{
    std::vector<CliCommand> commands = cliCommands();
    for (CliCommand& c : commands) {
        if (c.name == runCommand().name) {
            c = runCommand(writeRunFigure);
        }
    }
    commands.push_back(figureCommand());
    return commands;
}

CliCommand figureCommand()
{
    return {kCommand, figureCommandSummary(), runFigure};
}

} // namespace tessera
