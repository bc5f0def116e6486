# GUI tests: QTEST_MAIN, offscreen platform, linking tessera_ui.
