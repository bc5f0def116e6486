#include "core/common/ExceptionText.h"

#include <QCoreApplication>
#include <QException>

#include <opencv2/core.hpp>

#include <new>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ExceptionText)
};

QString describe(const std::exception_ptr& p)
{
    try {
        std::rethrow_exception(p);
    } catch (const QUnhandledException& e) {
        return e.exception() ? describeException(e.exception())
                             : Tr::tr("an unknown exception was thrown in a worker thread");
    } catch (const std::bad_alloc&) {
        return Tr::tr("not enough memory");
    } catch (const cv::Exception& e) {
        return Tr::tr("OpenCV error in %1: %2")
            .arg(QString::fromStdString(e.func), QString::fromStdString(e.err).trimmed());
    } catch (const std::exception& e) {
        return QString::fromLocal8Bit(e.what());
    } catch (...) {
        return Tr::tr("an unknown exception was thrown");
    }
}
} // namespace

QString describeException(const std::exception_ptr& p)
{
    if (!p) {
        return Tr::tr("an unknown exception was thrown");
    }
    try {
        QString text = describe(p).simplified(); // one line
        while (text.endsWith(QLatin1Char('.'))) {
            text.chop(1);
        }
        return text;
    } catch (...) { // building the text itself failed (out of memory)
        return QStringLiteral("std::bad_alloc");
    }
}

} // namespace tessera
