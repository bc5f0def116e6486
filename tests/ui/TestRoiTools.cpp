#include "tests/ui/RoiToolTestSupport.h"

using namespace tessera;
using namespace roitest;

/** Drawing ROIs with the tools on the real viewer, Edit > Select All / Specify, the class combo and shortcuts. */
class TestRoiTools : public QObject
{
    Q_OBJECT
    AppContext m_context;

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("TestRoiTools")); }

    // The fixed-size rule: x = floor(cx − W/2 + 0.5), y = floor(cy − H/2 + 0.5).
    void fixedSizeRule_data()
    {
        QTest::addColumn<QPointF>("cursor");
        QTest::addColumn<int>("w");
        QTest::addColumn<int>("h");
        QTest::addColumn<QRectF>("expected");
        QTest::newRow("pixel centre, even") << QPointF(100.5, 40.5) << 50 << 50 << QRectF(76, 16, 50, 50);
        QTest::newRow("pixel corner, even") << QPointF(100.0, 40.0) << 50 << 50 << QRectF(75, 15, 50, 50);
        QTest::newRow("odd size") << QPointF(10.2, 10.8) << 5 << 3 << QRectF(8, 9, 5, 3);
        QTest::newRow("half rounds up") << QPointF(2.0, 2.0) << 3 << 3 << QRectF(1, 1, 3, 3);
        QTest::newRow("negative") << QPointF(-3.4, -0.6) << 4 << 2 << QRectF(-5, -2, 4, 2);
    }
    void fixedSizeRule()
    {
        QFETCH(QPointF, cursor);
        QFETCH(int, w);
        QFETCH(int, h);
        QFETCH(QRectF, expected);
        QCOMPARE(RoiToolGeometry::fixedBox(cursor, w, h), expected);
    }

    // Clicks of the fixed-size tool make exactly the 50×50 crops of glcm_rois.json.
    void fixedSizeClickMakesReferenceCrop_data()
    {
        QTest::addColumn<QString>("name");
        for (const ReferenceRoi& r : referenceRois()) {
            if (r.shape == QLatin1String("rect") && r.bounds.size() == QSizeF(50, 50)) {
                QTest::newRow(qPrintable(r.name)) << r.name;
            }
        }
    }
    void fixedSizeClickMakesReferenceCrop()
    {
        QFETCH(QString, name);
        const ReferenceRoi ref = referenceRoi(name);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        useTool(*w, "actionToolRectangle");
        setFixedSize(*w, 50, 50);
        click(*w, ref.bounds.center()); // the crop is centred on the cursor
        ImageDocument* doc = w->document();
        QCOMPARE(doc->roiCount(), 1);
        const RoiId id = selectedRoi(*w);
        QVERIFY(id != 0);
        const Roi& roi = doc->roi(id);
        QCOMPARE(roi.shape, RoiShape::Rectangle);
        QCOMPARE(roi.bounds, ref.bounds);
        QCOMPARE(roi.name, QStringLiteral("ROI 1"));
        QCOMPARE(doc->undoStack()->index(), 1);
        // Fixed size stays on across tool changes; a second click gets the next number.
        useTool(*w, "actionToolSelect");
        useTool(*w, "actionToolRectangle");
        click(*w, ref.bounds.center() + QPointF(3, 3));
        QCOMPARE(doc->roiCount(), 2);
        QCOMPARE(doc->roi(selectedRoi(*w)).name, QStringLiteral("ROI 2"));
    }

    void fixedSizeOutsideIsFlaggedOrRefused_data()
    {
        QTest::addColumn<QPointF>("cursor");
        QTest::addColumn<int>("expectedCount");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("partly outside") << QPointF(290, 10) << 1 << QStringLiteral("partly outside");
        QTest::newRow("wholly outside") << QPointF(-40, 150) << 0 << QStringLiteral("no pixel inside");
    }
    void fixedSizeOutsideIsFlaggedOrRefused()
    {
        QFETCH(QPointF, cursor);
        QFETCH(int, expectedCount);
        QFETCH(QString, messagePart);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        useTool(*w, "actionToolEllipse");
        setFixedSize(*w, 50, 50);
        QVERIFY2(w->view()->rect().contains(at(*w, cursor)), "the click point must be on the view");
        click(*w, cursor);
        QCOMPARE(w->document()->roiCount(), expectedCount);
        QVERIFY2(w->statusBar()->currentMessage().contains(messagePart), qPrintable(w->statusBar()->currentMessage()));
    }

    void dragRectangle_data()
    {
        QTest::addColumn<QPointF>("from");
        QTest::addColumn<QPointF>("to");
        QTest::addColumn<bool>("shift");
        QTest::addColumn<QRectF>("expected");
        const QRectF bkg2 = referenceRoi(QStringLiteral("bkg2")).bounds;
        QTest::newRow("bkg2") << bkg2.topLeft() << bkg2.bottomRight() << false << bkg2;
        QTest::newRow("bkg2 backwards") << bkg2.bottomRight() << bkg2.topLeft() << false << bkg2;
        QTest::newRow("shift = square") << QPointF(10, 10) << QPointF(40, 30) << true << QRectF(10, 10, 30, 30);
        QTest::newRow("shift = square up-left")
            << QPointF(100, 100) << QPointF(90, 60) << true << QRectF(60, 60, 40, 40);
    }
    void dragRectangle()
    {
        QFETCH(QPointF, from);
        QFETCH(QPointF, to);
        QFETCH(bool, shift);
        QFETCH(QRectF, expected);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        useTool(*w, "actionToolRectangle");
        drag(*w, from, to, 6, shift ? Qt::ShiftModifier : Qt::NoModifier);
        QCOMPARE(w->document()->roiCount(), 1);
        const Roi& roi = w->document()->roi(selectedRoi(*w));
        QCOMPARE(roi.shape, RoiShape::Rectangle);
        QCOMPARE(roi.bounds, expected);
        QCOMPARE(w->document()->undoStack()->index(), 1);
    }

    void ellipseTool_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("oval1") << QStringLiteral("oval1");
    }
    void ellipseTool()
    {
        QFETCH(QString, name);
        const ReferenceRoi ref = referenceRoi(name);
        QCOMPARE(ref.shape, QStringLiteral("ellipse"));
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        useTool(*w, "actionToolEllipse");
        drag(*w, ref.bounds.topLeft(), ref.bounds.bottomRight());
        QCOMPARE(w->document()->roiCount(), 1);
        const Roi& roi = w->document()->roi(selectedRoi(*w));
        QCOMPARE(roi.shape, RoiShape::Ellipse);
        QCOMPARE(roi.bounds, ref.bounds);
        // A click without a drag adds nothing and deselects.
        click(*w, QPointF(20, 20));
        QCOMPARE(w->document()->roiCount(), 1);
        QVERIFY(w->document()->selection().isEmpty());
    }

    void selectAllGivesWholeImage()
    {
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        const ReferenceRoi whole = referenceRoi(QStringLiteral("whole"));
        QAction* selectAll = w->findChild<QAction*>(QStringLiteral("actionSelectAll"));
        QVERIFY(selectAll);
        selectAll->trigger();
        ImageDocument* doc = w->document();
        QCOMPARE(doc->roiCount(), 1);
        const Roi& roi = doc->roi(selectedRoi(*w));
        QCOMPARE(roi.name, whole.name);
        QCOMPARE(roi.shape, RoiShape::Rectangle);
        QCOMPARE(roi.bounds, whole.bounds);
        // Select None, then Select All again selects the same ROI instead of adding another.
        w->findChild<QAction*>(QStringLiteral("actionSelectNone"))->trigger();
        QVERIFY(doc->selection().isEmpty());
        QTest::keyClick(w->view(), Qt::Key_A, Qt::ControlModifier); // the shortcut while the viewer has the focus
        QCOMPARE(doc->roiCount(), 1);
        QCOMPARE(doc->selection().size(), 1);
    }

    void polygonTool_data()
    {
        QTest::addColumn<QString>("ending");
        QTest::addColumn<int>("expectedVertices");
        QTest::newRow("double-click") << QStringLiteral("dclick") << 4;
        QTest::newRow("enter") << QStringLiteral("enter") << 4;
        QTest::newRow("click on first vertex") << QStringLiteral("first") << 4;
        QTest::newRow("backspace then enter") << QStringLiteral("backspace") << 3;
        QTest::newRow("escape cancels") << QStringLiteral("escape") << 0;
    }
    void polygonTool()
    {
        QFETCH(QString, ending);
        QFETCH(int, expectedVertices);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        useTool(*w, "actionToolPolygon");
        const std::vector<QPointF> vertices{{100, 100}, {160, 110}, {150, 170}, {95, 150}};
        for (size_t i = 0; i + 1 < vertices.size(); ++i) {
            click(*w, vertices[i]);
        }
        if (ending == QLatin1String("dclick")) {
            click(*w, vertices.back());
            QTest::mouseDClick(w->view(), Qt::LeftButton, {}, at(*w, vertices.back()));
            QTest::mouseRelease(w->view(), Qt::LeftButton, {}, at(*w, vertices.back()));
        } else {
            click(*w, vertices.back());
            if (ending == QLatin1String("enter")) {
                QTest::keyClick(w->view(), Qt::Key_Return);
            } else if (ending == QLatin1String("first")) {
                click(*w, vertices.front() + QPointF(0.5, 0.5)); // near the first vertex
            } else if (ending == QLatin1String("backspace")) {
                QTest::keyClick(w->view(), Qt::Key_Backspace);
                QTest::keyClick(w->view(), Qt::Key_Enter);
            } else {
                QTest::keyClick(w->view(), Qt::Key_Escape);
            }
        }
        ImageDocument* doc = w->document();
        if (expectedVertices == 0) {
            QCOMPARE(doc->roiCount(), 0);
            return;
        }
        QCOMPARE(doc->roiCount(), 1);
        const Roi& roi = doc->roi(selectedRoi(*w));
        QCOMPARE(roi.shape, RoiShape::Polygon);
        QCOMPARE(int(roi.vertices.size()), expectedVertices);
        for (int i = 0; i < expectedVertices; ++i) {
            QCOMPARE(roi.vertices[size_t(i)], vertices[size_t(i)]);
        }
        QCOMPARE(doc->undoStack()->index(), 1);
    }

    void freehandTool_data()
    {
        QTest::addColumn<QPointF>("centre");
        QTest::addColumn<double>("radius");
        QTest::newRow("circle r=30") << QPointF(150, 150) << 30.0;
        QTest::newRow("circle r=12") << QPointF(60, 200) << 12.0;
    }
    void freehandTool()
    {
        QFETCH(QPointF, centre);
        QFETCH(double, radius);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        useTool(*w, "actionToolFreehand");
        const int steps = 120;
        auto onCircle = [&](int i) {
            const double a = 2 * M_PI * i / steps;
            return centre + QPointF(radius * std::cos(a), radius * std::sin(a));
        };
        QTest::mousePress(w->view(), Qt::LeftButton, {}, at(*w, onCircle(0)));
        for (int i = 1; i < steps; ++i) {
            QTest::mouseMove(w->view(), at(*w, onCircle(i)));
        }
        QTest::mouseRelease(w->view(), Qt::LeftButton, {}, at(*w, onCircle(steps - 1)));
        ImageDocument* doc = w->document();
        QCOMPARE(doc->roiCount(), 1);
        const Roi& roi = doc->roi(selectedRoi(*w));
        QCOMPARE(roi.shape, RoiShape::Polygon);
        const int n = int(roi.vertices.size());
        QVERIFY2(n >= 8 && n < steps / 2, qPrintable(QString::number(n))); // simplified, still round
        for (const QPointF& v : roi.vertices) {
            QCOMPARE(v, RoiToolGeometry::snap(v)); // whole pixels
            const double r = std::hypot(v.x() - centre.x(), v.y() - centre.y());
            QVERIFY2(std::abs(r - radius) <= 1.5, qPrintable(QString::number(r)));
        }
        const QRectF box = roi.boundingRect();
        QVERIFY(std::abs(box.width() - 2 * radius) <= 2.0);
        QVERIFY(std::abs(box.height() - 2 * radius) <= 2.0);
    }

    void freehandEscapeCancelsTrace()
    {
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        useTool(*w, "actionToolFreehand");
        const QPointF centre(150, 150);
        auto onCircle = [&](int i) {
            const double a = 2 * M_PI * i / 60;
            return centre + QPointF(30 * std::cos(a), 30 * std::sin(a));
        };
        auto trace = [&](int until) {
            QTest::mousePress(w->view(), Qt::LeftButton, {}, at(*w, onCircle(0)));
            for (int i = 1; i < until; ++i) {
                QTest::mouseMove(w->view(), at(*w, onCircle(i)));
            }
        };
        ImageDocument* doc = w->document();
        trace(59);
        QTest::keyClick(w->view(), Qt::Key_Escape);
        QTest::mouseRelease(w->view(), Qt::LeftButton, {}, at(*w, onCircle(59)));
        QCOMPARE(doc->roiCount(), 0); // the trace was dropped, the release ends nothing
        QCOMPARE(doc->undoStack()->count(), 0);
        trace(59); // the next trace starts afresh
        QTest::mouseRelease(w->view(), Qt::LeftButton, {}, at(*w, onCircle(59)));
        QCOMPARE(doc->roiCount(), 1);
        const QRectF box = doc->roi(selectedRoi(*w)).boundingRect();
        QVERIFY2(std::abs(box.width() - 60) <= 2.0, qPrintable(QString::number(box.width())));
    }

    void classFromCombo_data()
    {
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("expectedName");
        QTest::newRow("cell") << QStringLiteral("cell") << QStringLiteral("cell 1");
        QTest::newRow("background") << QStringLiteral("background") << QStringLiteral("background 1");
        QTest::newRow("none") << QString() << QStringLiteral("ROI 1");
    }
    void classFromCombo()
    {
        QFETCH(QString, className);
        QFETCH(QString, expectedName);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        auto* combo = w->findChild<QComboBox*>(QStringLiteral("roiClassCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), w->document()->classes().size() + 1); // "(none)" + the document's classes
        const int index = combo->findData(className);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        useTool(*w, "actionToolRectangle");
        setFixedSize(*w, 50, 50);
        click(*w, QPointF(150, 150));
        const Roi& roi = w->document()->roi(selectedRoi(*w));
        QCOMPARE(roi.className, className);
        QCOMPARE(roi.name, expectedName);
        // A class added to the document shows up in the combo.
        w->document()->insertClass(99, RoiClass{QStringLiteral("nucleus"), Qt::blue});
        QVERIFY(combo->findData(QStringLiteral("nucleus")) >= 0);
        QCOMPARE(combo->currentData().toString(), className); // choice kept
    }

    void specifyDialog_data()
    {
        QTest::addColumn<bool>("editSelected");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("shape"); // combo index: 0 rectangle, 1 ellipse
        QTest::newRow("add rectangle") << false << QStringLiteral("manual") << 0;
        QTest::newRow("add ellipse, automatic name") << false << QString() << 1;
        QTest::newRow("edit selected") << true << QStringLiteral("renamed") << 1;
        QTest::newRow("edit selected, keep name") << true << QString() << 0;
    }
    void specifyDialog()
    {
        QFETCH(bool, editSelected);
        QFETCH(QString, name);
        QFETCH(int, shape);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        ImageDocument* doc = w->document();
        const Roi original = Roi::rectangle(QStringLiteral("orig"), 5, 5, 10, 10);
        const RoiId existing = addDirect(*w, original);
        if (!editSelected) {
            doc->clearSelection();
        }
        const int steps = doc->undoStack()->index();
        w->findChild<QAction*>(QStringLiteral("actionSpecify"))->trigger();
        auto* dialog = w->findChild<SpecifyRoiDialog*>(QStringLiteral("specifyRoiDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto* addNew = dialog->findChild<QCheckBox*>(QStringLiteral("specifyAddNew"));
        QCOMPARE(addNew->isChecked(), !editSelected);
        if (editSelected) {
            QCOMPARE(dialog->findChild<QDoubleSpinBox*>(QStringLiteral("specifyX"))->value(), 5.0);
        }
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("specifyX"))->setValue(120);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("specifyY"))->setValue(80);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("specifyWidth"))->setValue(60);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("specifyHeight"))->setValue(40);
        dialog->findChild<QComboBox*>(QStringLiteral("specifyShape"))->setCurrentIndex(shape);
        dialog->findChild<QLineEdit*>(QStringLiteral("specifyName"))->setText(name);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(doc->undoStack()->index(), steps + 1); // one undo step, also for geometry + rename
        const RoiId id = editSelected ? existing : selectedRoi(*w);
        QVERIFY(id != 0);
        QCOMPARE(doc->roiCount(), editSelected ? 1 : 2);
        const Roi& roi = doc->roi(id);
        QCOMPARE(roi.bounds, QRectF(120, 80, 60, 40));
        QCOMPARE(roi.shape, shape == 1 ? RoiShape::Ellipse : RoiShape::Rectangle);
        const QString expectedName = !name.isEmpty() ? name : editSelected ? original.name : QStringLiteral("ROI 1");
        QCOMPARE(roi.name, expectedName);
        doc->undoStack()->undo();
        if (editSelected) {
            QCOMPARE(doc->roi(existing), original);
        } else {
            QCOMPARE(doc->roiCount(), 1);
        }
    }

    void toolShortcutsAndActions_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("kind");
        QTest::newRow("R") << int(Qt::Key_R) << QStringLiteral("actionToolRectangle") << int(RoiTools::Kind::Rectangle);
        QTest::newRow("E") << int(Qt::Key_E) << QStringLiteral("actionToolEllipse") << int(RoiTools::Kind::Ellipse);
        QTest::newRow("P") << int(Qt::Key_P) << QStringLiteral("actionToolPolygon") << int(RoiTools::Kind::Polygon);
        QTest::newRow("F") << int(Qt::Key_F) << QStringLiteral("actionToolFreehand") << int(RoiTools::Kind::Freehand);
        QTest::newRow("V") << int(Qt::Key_V) << QStringLiteral("actionToolSelect") << int(RoiTools::Kind::Select);
    }
    void toolShortcutsAndActions()
    {
        QFETCH(int, key);
        QFETCH(QString, action);
        QFETCH(int, kind);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        QAction* a = w->findChild<QAction*>(action);
        QVERIFY(a);
        QVERIFY(a->isCheckable());
        QVERIFY(!a->toolTip().isEmpty());
        QVERIFY(!a->icon().isNull());
        QVERIFY(a->actionGroup() && a->actionGroup()->isExclusive());
        QVERIFY(w->toolsToolBar()->actions().contains(a));
        // Start from another tool so the key has something to change.
        w->roiTools()->setCurrentTool(kind == int(RoiTools::Kind::Select) ? RoiTools::Kind::Rectangle
                                                                          : RoiTools::Kind::Select);
        QTest::keyClick(w->view(), Qt::Key(key));
        QVERIFY(a->isChecked());
        QCOMPARE(int(w->roiTools()->currentTool()), kind);
        QCOMPARE(w->view()->tool(), w->roiTools()->tool(RoiTools::Kind(kind)));
    }

    void germanTranslation_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("german");
        QTest::newRow("freehand") << QStringLiteral("actionToolFreehand") << QStringLiteral("&Freihand");
        QTest::newRow("select all") << QStringLiteral("actionSelectAll") << QStringLiteral("&Alles auswählen");
        QTest::newRow("specify") << QStringLiteral("actionSpecify") << QStringLiteral("&Festlegen…");
    }
    void germanTranslation()
    {
        QFETCH(QString, action);
        QFETCH(QString, german);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("tessera"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        MainWindow w(m_context);
        QCoreApplication::removeTranslator(&translator);
        QAction* a = w.findChild<QAction*>(action);
        QVERIFY(a);
        QCOMPARE(a->text(), german);
    }
};

QTEST_MAIN(TestRoiTools)
#include "TestRoiTools.moc"
