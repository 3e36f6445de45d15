#pragma once

// What is wrong with a registry file, in words, judged from its bytes before SQLite touches it (so a
// damaged file is never "repaired" into an empty registry), and from the file system when SQLite
// cannot open it (so a read-only folder or a full disk is not called "not a NETDesk registry").
#include "core/Result.h"

#include <QString>

namespace netdesk {

enum class RegistryFileUse
{
    Existing, // the file must exist and hold a registry
    MayBeNew, // missing or empty: a new registry is made here (add-patient, demo, first run)
};

// Empty when the file may be opened. Problems: missing (input: "there is no registry at ..."),
// "is an empty file", "is not an SQLite file", "is truncated", unreadable (failures).
Problems inspectRegistryFile(const QString& path, RegistryFileUse use);

// The reason SQLite could not open or change `path`, named from the file system: "the folder ... is
// read-only", "disk full", "the file ... is read-only"; otherwise `fallback`.
Problem diagnoseRegistryFailure(const QString& path, const QString& sqliteError, const QString& fallback);

} // namespace netdesk
