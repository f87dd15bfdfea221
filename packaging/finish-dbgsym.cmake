# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Run by CPack after it has built the packages (CPACK_POST_BUILD_SCRIPTS): gives the -dbgsym
# .ddeb what Debian's own debug packages have and CPack 3.25 leaves out. Its documentation
# directory becomes a link to the main package's (copyright and changelog, as dh_strip does),
# the debug files are not executable, and md5sums lists them by their paths in the package
# (CPack writes the absolute paths of its staging folder).
find_program(DPKG_DEB dpkg-deb REQUIRED)
foreach(package_file IN LISTS CPACK_PACKAGE_FILES)
    if(NOT package_file MATCHES "\\.ddeb$")
        continue()
    endif()
    set(tree "${package_file}.tree")
    file(REMOVE_RECURSE "${tree}")
    execute_process(COMMAND ${DPKG_DEB} --raw-extract "${package_file}" "${tree}"
        COMMAND_ERROR_IS_FATAL ANY)
    file(MAKE_DIRECTORY "${tree}/usr/share/doc")
    file(CREATE_LINK ${CPACK_PACKAGE_NAME} "${tree}/usr/share/doc/${CPACK_PACKAGE_NAME}-dbgsym"
        SYMBOLIC)
    file(GLOB_RECURSE debug_files LIST_DIRECTORIES false RELATIVE "${tree}"
        "${tree}/usr/lib/debug/*")
    list(SORT debug_files)
    set(md5sums "")
    foreach(debug_file IN LISTS debug_files)
        file(CHMOD "${tree}/${debug_file}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
        file(MD5 "${tree}/${debug_file}" sum)
        string(APPEND md5sums "${sum}  ${debug_file}\n")
    endforeach()
    file(WRITE "${tree}/DEBIAN/md5sums" "${md5sums}")
    file(CHMOD "${tree}/DEBIAN/md5sums" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    execute_process(COMMAND ${DPKG_DEB} --root-owner-group --build "${tree}" "${package_file}"
        OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
    file(REMOVE_RECURSE "${tree}")
endforeach()
