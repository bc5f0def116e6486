# GUI tests: QTEST_MAIN, offscreen platform, linking tessera_ui.
add_unit_test(TestTaskRunner ui/TestTaskRunner.cpp LIBS tessera_ui GUI)
add_unit_test(TestImageDocument ui/TestImageDocument.cpp LIBS tessera_ui GUI)
add_unit_test(TestRoiCommands ui/TestRoiCommands.cpp LIBS tessera_ui GUI)
add_unit_test(TestImageView ui/TestImageView.cpp LIBS tessera_ui GUI)
add_unit_test(TestMainWindow ui/TestMainWindow.cpp LIBS tessera_ui GUI)
add_unit_test(TestTranslations ui/TestTranslations.cpp LIBS tessera_ui GUI)
add_unit_test(TestGlcmPanel ui/TestGlcmPanel.cpp LIBS tessera_ui GUI)
add_unit_test(TestScatterPlot ui/TestScatterPlot.cpp LIBS tessera_ui QCustomPlotQt6::QCustomPlotQt6 GUI)
set_source_files_properties(ui/TestScatterPlot.cpp PROPERTIES COMPILE_OPTIONS "-UQT_NO_FOREACH")
add_unit_test(TestResultsTable ui/TestResultsTable.cpp LIBS tessera_ui tessera_cli GUI)
add_unit_test(TestTextureStory ui/TestTextureStory.cpp LIBS tessera_ui tessera_cli QCustomPlotQt6::QCustomPlotQt6 GUI)
set_source_files_properties(ui/TestTextureStory.cpp PROPERTIES COMPILE_OPTIONS "-UQT_NO_FOREACH")
add_unit_test(TestRoiManager ui/TestRoiManager.cpp LIBS tessera_ui GUI)
add_unit_test(TestRoiClassEditor ui/TestRoiClassEditor.cpp LIBS tessera_ui GUI)
add_unit_test(TestRoiTools ui/TestRoiTools.cpp LIBS tessera_ui GUI)
add_unit_test(TestRoiEditing ui/TestRoiEditing.cpp LIBS tessera_ui GUI)
add_unit_test(TestPlaneRenderer ui/TestPlaneRenderer.cpp LIBS tessera_ui GUI)
add_unit_test(TestDisplayPanel ui/TestDisplayPanel.cpp LIBS tessera_ui GUI)
add_unit_test(TestHistogramPanel ui/TestHistogramPanel.cpp LIBS tessera_ui QCustomPlotQt6::QCustomPlotQt6 GUI)
set_source_files_properties(ui/TestHistogramPanel.cpp PROPERTIES COMPILE_OPTIONS "-UQT_NO_FOREACH")
add_unit_test(TestThresholdPanel ui/TestThresholdPanel.cpp LIBS tessera_ui tessera_cli GUI)
add_unit_test(TestFigureRenderer ui/TestFigureRenderer.cpp LIBS tessera_ui Qt6::Svg GUI)
# The German translation is complete for the current code (lupdate on a copy: no warning, no unfinished entry).
add_test(NAME TestTranslationsComplete
         COMMAND ${CMAKE_COMMAND} -DLUPDATE=$<TARGET_FILE:Qt6::lupdate> -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                 -DTS=${PROJECT_SOURCE_DIR}/translations/tessera_de.ts -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/ui/CheckTranslations.cmake)
set_tests_properties(TestTranslationsComplete PROPERTIES TIMEOUT 120)
