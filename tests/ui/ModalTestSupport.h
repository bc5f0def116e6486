#pragma once

// Answers the real modal message boxes of a GUI test, as a user would: by clicking a button.

#include <QApplication>
#include <QMessageBox>
#include <QObject>
#include <QPushButton>
#include <QString>
#include <QTimer>

namespace tessera::test {

/** Clicks button of the next modal message box named name (polled every 20 ms until it appears). */
inline void answerModal(const QString& name, QMessageBox::StandardButton button, bool* seen = nullptr)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, name, button, seen] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == name) {
            if (seen) {
                *seen = true;
            }
            timer->stop();
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start();
}

} // namespace tessera::test
