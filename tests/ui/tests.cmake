# GUI tests: QTEST_MAIN, offscreen platform, linking tessera_ui.
add_unit_test(TestTaskRunner ui/TestTaskRunner.cpp LIBS tessera_ui GUI)
add_unit_test(TestImageDocument ui/TestImageDocument.cpp LIBS tessera_ui GUI)
add_unit_test(TestRoiCommands ui/TestRoiCommands.cpp LIBS tessera_ui GUI)
add_unit_test(TestImageView ui/TestImageView.cpp LIBS tessera_ui GUI)
add_unit_test(TestMainWindow ui/TestMainWindow.cpp LIBS tessera_ui GUI)
add_unit_test(TestTranslations ui/TestTranslations.cpp LIBS tessera_ui GUI)
add_unit_test(TestGlcmPanel ui/TestGlcmPanel.cpp LIBS tessera_ui GUI)
