# Fails when a committed catalog is out of date with the sources: runs lupdate on a copy of
# each catalog and compares the result with the committed file. Needs no git history, so it
# works on a fresh clone and in a source tarball. Translations must also be complete.
#   cmake -DLUPDATE=… -DSOURCES_LIST=… -DTS_FILES="a.ts;b.ts" -DSOURCE_CATALOG=a.ts
#         -DOPTIONS="…" -DWORK_DIR=… -P checkcatalogs.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" ${OPTIONS} "@${SOURCES_LIST}" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(SEND_ERROR "lupdate failed on ${name}:\n${out}${err}")
        set(failed TRUE)
        continue()
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ts}" "${copy}" RESULT_VARIABLE differs)
    if(differs)
        string(REGEX MATCH "Found [^\n]*" found "${out}")
        message(SEND_ERROR "${name} is out of date with the sources (${found}). "
            "Run `cmake --build <dir> --target update_translations`, translate the new "
            "messages and commit the catalogs. lupdate's result is in ${copy}.")
        set(failed TRUE)
    endif()
    if(NOT ts STREQUAL SOURCE_CATALOG)
        file(READ "${ts}" content)
        string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
        list(LENGTH unfinished count)
        if(count GREATER 0)
            message(SEND_ERROR "${name} has ${count} unfinished message(s); translate them in Qt Linguist.")
            set(failed TRUE)
        endif()
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Translation catalogs are out of date.")
endif()
message(STATUS "All catalogs match the sources.")
