# Core unit tests: QTEST_GUILESS_MAIN, linking tessera_core only.
add_unit_test(TestTaskContext core/TestTaskContext.cpp LIBS tessera_core)
add_unit_test(TestImage core/TestImage.cpp LIBS tessera_core)
add_unit_test(TestTiffReader core/TestTiffReader.cpp LIBS tessera_core)
add_unit_test(TestCliInfo core/TestCliInfo.cpp LIBS tessera_core)
add_unit_test(TestGlcmReference core/TestGlcmReference.cpp LIBS tessera_core)
add_unit_test(TestAutoThreshold core/TestAutoThreshold.cpp LIBS tessera_core)
add_unit_test(TestSegmentationPipeline core/TestSegmentationPipeline.cpp LIBS tessera_core)
add_unit_test(TestMeasurements core/TestMeasurements.cpp LIBS tessera_core)
