#include "core/filters/Preprocess.h"

#include "core/filters/Smoothing.h"
#include "core/task/TaskContext.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace tessera {
namespace {
const PreprocessKind kAllKinds[] = {PreprocessKind::Gaussian, PreprocessKind::Median, PreprocessKind::Background,
                                    PreprocessKind::Clahe, PreprocessKind::Equalize};

QString number(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

/** The step's parameters as text ("1", "50:light", "64:3", "" for equalize). */
QString parameterText(const PreprocessStep& s)
{
    switch (s.kind) {
    case PreprocessKind::Gaussian:
        return number(s.sigma);
    case PreprocessKind::Median:
        return QString::number(s.radius);
    case PreprocessKind::Background:
        return s.lightBackground ? QString::number(s.radius) + QStringLiteral(":light") : QString::number(s.radius);
    case PreprocessKind::Clahe:
        return QString::number(s.clahe.tileSize) + QLatin1Char(':') + number(s.clahe.clipLimit);
    case PreprocessKind::Equalize:
        break;
    }
    return QString();
}

/** The usage of a step kind, for error messages. */
QString usageOf(PreprocessKind kind)
{
    switch (kind) {
    case PreprocessKind::Gaussian:
        return Preprocess::tr("gaussian:SIGMA (pixels, e.g. gaussian:1)");
    case PreprocessKind::Median:
        return Preprocess::tr("median:RADIUS (whole pixels, e.g. median:5)");
    case PreprocessKind::Background:
        return Preprocess::tr("background:RADIUS or background:RADIUS:light (whole pixels, e.g. background:50)");
    case PreprocessKind::Clahe:
        return Preprocess::tr("clahe:TILE:CLIP (tile size in pixels and clip limit, e.g. clahe:64:3)");
    case PreprocessKind::Equalize:
        return Preprocess::tr("equalize (no parameters)");
    }
    return QString();
}

Expected<PreprocessStep> parseStep(const QString& text)
{
    QStringList parts = text.split(QLatin1Char(':'));
    for (QString& p : parts) {
        p = p.trimmed();
    }
    PreprocessStep step;
    if (parts.size() > 1 && parts.last().compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
        step.enabled = false;
        parts.removeLast();
    }
    const QString name = parts.takeFirst().toLower();
    bool known = false;
    for (PreprocessKind kind : kAllKinds) {
        if (Preprocess::kindName(kind) == name) {
            step.kind = kind;
            known = true;
        }
    }
    if (!known) {
        return Status::invalid(Preprocess::tr("Unknown pre-processing step \"%1\"; use gaussian, median, background, "
                                              "clahe or equalize (e.g. \"median:5,gaussian:1\").")
                                   .arg(text.trimmed()));
    }
    auto bad = [&]() {
        return Status::invalid(
            Preprocess::tr("Bad pre-processing step \"%1\": write %2.").arg(text.trimmed(), usageOf(step.kind)));
    };
    auto wholeNumber = [](const QString& s, int& out) {
        bool ok = false;
        out = s.toInt(&ok);
        return ok;
    };
    auto realNumber = [](const QString& s, double& out) {
        bool ok = false;
        out = s.toDouble(&ok);
        return ok && std::isfinite(out);
    };
    switch (step.kind) {
    case PreprocessKind::Gaussian:
        if (parts.size() > 1 || (parts.size() == 1 && !realNumber(parts[0], step.sigma))) {
            return bad();
        }
        break;
    case PreprocessKind::Median:
        if (parts.size() > 1 || (parts.size() == 1 && !wholeNumber(parts[0], step.radius))) {
            return bad();
        }
        break;
    case PreprocessKind::Background:
        step.radius = 50;
        if (parts.size() > 2 || (!parts.isEmpty() && !wholeNumber(parts[0], step.radius))) {
            return bad();
        }
        if (parts.size() == 2) {
            if (parts[1].compare(QLatin1String("light"), Qt::CaseInsensitive) != 0) {
                return bad();
            }
            step.lightBackground = true;
        }
        break;
    case PreprocessKind::Clahe:
        if (parts.size() > 2 || (!parts.isEmpty() && !wholeNumber(parts[0], step.clahe.tileSize)) ||
            (parts.size() == 2 && !realNumber(parts[1], step.clahe.clipLimit))) {
            return bad();
        }
        break;
    case PreprocessKind::Equalize:
        if (!parts.isEmpty()) {
            return bad();
        }
        break;
    }
    return step;
}

Status validateStep(const PreprocessStep& s)
{
    switch (s.kind) {
    case PreprocessKind::Gaussian:
        if (!(s.sigma > 0 && s.sigma <= 100)) {
            return Status::invalid(
                Preprocess::tr("The Gaussian sigma must be above 0 and at most 100 pixels (got %1).").arg(s.sigma));
        }
        break;
    case PreprocessKind::Median:
        if (s.radius < 1 || s.radius > 50) {
            return Status::invalid(
                Preprocess::tr("The median disk radius must be between 1 and 50 pixels (got %1).").arg(s.radius));
        }
        break;
    case PreprocessKind::Background:
        if (s.radius < 1 || s.radius > 1000) {
            return Status::invalid(
                Preprocess::tr("The background radius must be between 1 and 1000 pixels (got %1).").arg(s.radius));
        }
        break;
    case PreprocessKind::Clahe:
        if (s.clahe.tileSize > 100000) {
            return Status::invalid(
                Preprocess::tr("The CLAHE tile size must be at most 100000 pixels (got %1).").arg(s.clahe.tileSize));
        }
        return s.clahe.validate();
    case PreprocessKind::Equalize:
        break;
    }
    return Status::ok();
}
} // namespace

PreprocessStep PreprocessStep::gaussian(double sigma)
{
    PreprocessStep s;
    s.kind = PreprocessKind::Gaussian;
    s.sigma = sigma;
    return s;
}

PreprocessStep PreprocessStep::median(int radius)
{
    PreprocessStep s;
    s.kind = PreprocessKind::Median;
    s.radius = radius;
    return s;
}

PreprocessStep PreprocessStep::background(int radius, bool lightBackground)
{
    PreprocessStep s;
    s.kind = PreprocessKind::Background;
    s.radius = radius;
    s.lightBackground = lightBackground;
    return s;
}

PreprocessStep PreprocessStep::claheStep(int tileSize, double clipLimit)
{
    PreprocessStep s;
    s.kind = PreprocessKind::Clahe;
    s.clahe.tileSize = tileSize;
    s.clahe.clipLimit = clipLimit;
    return s;
}

PreprocessStep PreprocessStep::equalize()
{
    PreprocessStep s;
    s.kind = PreprocessKind::Equalize;
    return s;
}

bool PreprocessStep::operator==(const PreprocessStep& o) const
{
    if (kind != o.kind || enabled != o.enabled) {
        return false;
    }
    switch (kind) {
    case PreprocessKind::Gaussian:
        return sigma == o.sigma;
    case PreprocessKind::Median:
        return radius == o.radius;
    case PreprocessKind::Background:
        return radius == o.radius && lightBackground == o.lightBackground;
    case PreprocessKind::Clahe:
        return clahe == o.clahe;
    case PreprocessKind::Equalize:
        break;
    }
    return true;
}

QString Preprocess::kindName(PreprocessKind kind)
{
    switch (kind) {
    case PreprocessKind::Gaussian:
        return QStringLiteral("gaussian");
    case PreprocessKind::Median:
        return QStringLiteral("median");
    case PreprocessKind::Background:
        return QStringLiteral("background");
    case PreprocessKind::Clahe:
        return QStringLiteral("clahe");
    case PreprocessKind::Equalize:
        return QStringLiteral("equalize");
    }
    return QString();
}

QString Preprocess::kindTitle(PreprocessKind kind)
{
    switch (kind) {
    case PreprocessKind::Gaussian:
        return tr("Gaussian blur");
    case PreprocessKind::Median:
        return tr("Median (disk)");
    case PreprocessKind::Background:
        return tr("Subtract background");
    case PreprocessKind::Clahe:
        return tr("CLAHE");
    case PreprocessKind::Equalize:
        return tr("Equalize histogram");
    }
    return QString();
}

QString Preprocess::toText(const PreprocessChain& chain)
{
    if (chain.empty()) {
        return QStringLiteral("none");
    }
    QStringList steps;
    for (const PreprocessStep& s : chain) {
        QString text = kindName(s.kind);
        const QString params = parameterText(s);
        if (!params.isEmpty()) {
            text += QLatin1Char(':') + params;
        }
        if (!s.enabled) {
            text += QStringLiteral(":off");
        }
        steps << text;
    }
    return steps.join(QLatin1Char(','));
}

Expected<PreprocessChain> Preprocess::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    PreprocessChain chain;
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return chain;
    }
    for (const QString& part : trimmed.split(QLatin1Char(','))) {
        if (part.trimmed().isEmpty()) {
            return Status::invalid(
                tr("Empty pre-processing step in \"%1\"; separate steps by single commas.").arg(trimmed));
        }
        Expected<PreprocessStep> step = parseStep(part);
        if (!step.isOk()) {
            return step.status();
        }
        chain.push_back(step.value());
    }
    const Status valid = validate(chain);
    if (!valid.isOk()) {
        return valid;
    }
    return chain;
}

Status Preprocess::validate(const PreprocessChain& chain)
{
    for (size_t i = 0; i < chain.size(); ++i) {
        const Status s = validateStep(chain[i]);
        if (!s.isOk()) {
            return Status::invalid(
                tr("Pre-processing step %1 (%2): %3").arg(i + 1).arg(kindName(chain[i].kind), s.message()));
        }
    }
    return Status::ok();
}

bool Preprocess::isActive(const PreprocessChain& chain)
{
    for (const PreprocessStep& s : chain) {
        if (s.enabled) {
            return true;
        }
    }
    return false;
}

Expected<cv::Mat> applyPreprocess(const cv::Mat& plane, const PreprocessChain& chain, TaskContext& task)
{
    const Status valid = Preprocess::validate(chain);
    if (!valid.isOk()) {
        return valid;
    }
    int active = 0;
    for (const PreprocessStep& s : chain) {
        active += s.enabled ? 1 : 0;
    }
    cv::Mat current = plane;
    int done = 0;
    for (const PreprocessStep& s : chain) {
        if (!s.enabled) {
            continue;
        }
        SubTask sub(task, double(done) / active, double(done + 1) / active);
        ++done;
        Expected<cv::Mat> next = Status::invalid(QString());
        switch (s.kind) {
        case PreprocessKind::Gaussian:
            next = Smoothing::gaussian(current, s.sigma, sub);
            break;
        case PreprocessKind::Median:
            next = Smoothing::medianDisk(current, s.radius, sub);
            break;
        case PreprocessKind::Background:
            next = Smoothing::subtractBackground(current, s.radius, s.lightBackground, sub);
            break;
        case PreprocessKind::Clahe:
            next = Contrast::clahe(current, s.clahe, sub);
            break;
        case PreprocessKind::Equalize:
            next = Contrast::equalizeHistogram(current, sub);
            break;
        }
        if (!next.isOk()) {
            return next.status();
        }
        current = next.value();
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    return current;
}

} // namespace tessera
