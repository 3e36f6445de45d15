# CPack: the Debian package netdesk_<version>_<arch>.deb (cpack -G DEB in the build directory).
# Included at the end of the top CMakeLists.txt; the files it ships are installed by
# packaging/CMakeLists.txt and app/CMakeLists.txt. The version is project(VERSION).

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME netdesk)
set(CPACK_PACKAGE_VENDOR "NETDesk maintainers")
set(CPACK_PACKAGE_CONTACT "NETDesk maintainers <maintainers@users.noreply.r-seed-7cffb07e.example>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
"NETDesk helps oncologists who treat metastatic (stage IV) neuroendocrine
neoplasms. A case goes in (pathology, primary site, hormonal function,
metastatic burden, performance status, SSTR imaging, prior surgery and
therapy); an explained plan comes out: WHO category and grade,
guideline-based recommendations with the clauses that fired and their
sources, things to avoid, warnings, prognosis factors and a follow-up
protocol.

The package contains the workstation (netdesk: patient registry on
SQLite, case wizard, follow-up reminders, trend charts) and its
command-line twin (netdesk-cli). NETDesk supports the treating
clinician's decision; it never prescribes.")

# Everything lands under /usr, whatever CMAKE_INSTALL_PREFIX says for `cmake --install`.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)                      # RelWithDebInfo builds: ship without debug info
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)        # netdesk_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)      # Debian has no "medicine" section
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Libraries: dpkg-shlibdeps computes them from the programs (Qt, libstdc++, libc).
# Plugins are loaded at run time and not seen by it: the SQLite driver is named here. Without
# it the registry cannot open ("QSQLITE driver not loaded").
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own strings (dialog buttons and the like) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

# No source package; should someone run `cpack --config CPackSourceConfig.cmake`, keep build
# trees and Git out of it.
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/[.]git/" "/build/" "/build-[^/]*/")

include(CPack)
