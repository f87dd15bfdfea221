# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DINCLUDES=file -P check-internal-headers.cmake: fails when a library hands an
# internal/ folder (see wc_internal_headers in the top CMakeLists.txt) to the layers that link
# it, or when the application, which no layer sits above, hands any include directory on.
# Each line of INCLUDES: name|its interface include directories (joined by ",").
cmake_minimum_required(VERSION 3.25)
if(NOT EXISTS "${INCLUDES}")
    message(FATAL_ERROR "check-internal-headers: no include table at '${INCLUDES}'")
endif()
file(STRINGS "${INCLUDES}" lines)
set(problems 0)
foreach(line IN LISTS lines)
    if(NOT line MATCHES "^([^|]+)[|](.*)$")
        message(FATAL_ERROR "check-internal-headers: cannot read the line '${line}'")
    endif()
    set(name "${CMAKE_MATCH_1}")
    string(REPLACE "," ";" dirs "${CMAKE_MATCH_2}")
    foreach(dir IN LISTS dirs)
        if(dir MATCHES "/internal/?$" OR name STREQUAL "weekly_app")
            message(SEND_ERROR "${name} hands its internal headers (${dir}) to the layers above")
            math(EXPR problems "${problems} + 1")
        endif()
    endforeach()
endforeach()
if(problems GREATER 0)
    message(FATAL_ERROR "${problems} include directories break the layers")
endif()
