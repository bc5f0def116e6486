// The file choosers (ui/app/FileDialogs): Qt's own dialog (the offscreen platform has no native one) opens at a usable
// size with the Name column wide, in the suggested folder with the suggested name, and hands back what the user chose
// and the filter; cancelling gives an empty string.
#include "ui/app/FileDialogs.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <functional>

using namespace tessera;

namespace {
/** Calls act with the next modal file dialog once it is shown (polled every 20 ms). */
void onDialog(std::function<void(QFileDialog*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}
} // namespace

class TestFileDialogs : public QObject
{
    Q_OBJECT

private slots:
    void size()
    {
        QFileDialog dialog;
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        prepareFileDialog(dialog);
        const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
        // 900 × 560 where the screen allows, never more than 90 % of it, never less than the dialog needs.
        const QSize expected =
            QSize(std::min(900, available.width() * 9 / 10), std::min(560, available.height() * 9 / 10))
                .expandedTo(dialog.minimumSizeHint());
        QCOMPARE(dialog.size(), expected);
        auto* list = dialog.findChild<QTreeView*>(QStringLiteral("treeView"));
        QVERIFY(list);
        QVERIFY(list->header()->sectionSize(0) >= expected.width() * 3 / 8);
    }

    void suggestedNameAndAnswer()
    {
        QTemporaryDir dir;
        const QString suggested = dir.filePath(QStringLiteral("cells_figure.png"));
        QString seenName;
        QString seenDir;
        QSize seenSize;
        onDialog([&](QFileDialog* dialog) {
            seenDir = dialog->directory().absolutePath();
            seenSize = dialog->size();
            if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))) {
                seenName = name->text();
            }
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(): reads the name field
        });
        QString filter = QStringLiteral("PNG (*.png)"); // not the first filter: the chosen one is selected
        const QString path = askSaveFileName(nullptr, QStringLiteral("Export"), suggested,
                                             QStringLiteral("SVG (*.svg);;PNG (*.png)"), &filter);
        QCOMPARE(seenDir, QDir(dir.path()).absolutePath());
        QCOMPARE(seenName, QStringLiteral("cells_figure.png"));
        QVERIFY(seenSize.width() >= 600);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("cells_figure.png"));
        QCOMPARE(filter, QStringLiteral("PNG (*.png)")); // the selected filter is kept and handed back
    }

    void cancel()
    {
        onDialog([](QFileDialog* dialog) { dialog->reject(); });
        QString filter;
        QCOMPARE(askOpenFileName(nullptr, QStringLiteral("Open"), QDir::tempPath(), QStringLiteral("All (*)"), &filter),
                 QString());
    }
};

QTEST_MAIN(TestFileDialogs)
#include "TestFileDialogs.moc"
