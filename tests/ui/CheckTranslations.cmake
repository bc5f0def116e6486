# Checks that a translation file is complete for the current code (run by CTest as TestTranslationsComplete):
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repository> -DTS=<translations/tessera_xx.ts> -DWORK_DIR=<dir>
#         -P CheckTranslations.cmake
# It refreshes a copy of TS with the command of translations/README.md and fails when lupdate warns (e.g. a tr()
# call it cannot attribute to a class), when an entry is unfinished, or when the committed file is not up to date.
get_filename_component(name "${TS}" NAME)
set(copy "${WORK_DIR}/${name}")
file(COPY_FILE "${TS}" "${copy}")
set(command "${LUPDATE}" -silent -locations none -no-obsolete -I . core ui app -ts "${copy}")
execute_process(COMMAND ${command} WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE rc ERROR_VARIABLE warnings
                OUTPUT_VARIABLE output)
if(NOT rc EQUAL 0 OR NOT warnings STREQUAL "")
    message(FATAL_ERROR "lupdate failed or warned (exit ${rc}):\n${warnings}${output}")
endif()
file(READ "${copy}" refreshed)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${refreshed}")
list(LENGTH unfinished count)
if(count GREATER 0)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\""
                          entries "${refreshed}")
    string(REGEX REPLACE "</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\";?" "\n" list
                         "${entries}")
    string(REPLACE "<source>" "  " list "${list}")
    message(FATAL_ERROR "${name}: ${count} untranslated string(s); run in ${SOURCE_DIR}:\n"
                        "  lupdate -silent -locations none -no-obsolete -I . core ui app -ts translations/${name}\n"
                        "and translate them:\n${list}")
endif()
file(READ "${TS}" committed)
if(NOT committed STREQUAL refreshed)
    message(FATAL_ERROR "${name} is not up to date with the code (changed or removed strings); run in ${SOURCE_DIR}:\n"
                        "  lupdate -silent -locations none -no-obsolete -I . core ui app -ts translations/${name}")
endif()
message(STATUS "${name}: complete")
