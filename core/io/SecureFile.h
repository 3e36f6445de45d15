#pragma once

// Confidential files: everything NETDesk writes that holds patient data (PDFs, backups, exports,
// the registry's folder) goes through here, so that no such file follows the umask or a symbolic
// link, and no failed write is taken for a success.
#include "core/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace netdesk {

enum class ExistingFile
{
    Replace, // a regular file at the path is replaced (atomically, by rename)
    Refuse,  // anything at the path is refused (backups never overwrite)
};

// Writes `bytes` to `path` owner-only (0600 whatever the umask). A regular or missing path gets a
// temporary file in the same folder (O_EXCL, O_NOFOLLOW, fchmod 0600), every write checked, fsync,
// rename over the path, fsync of the folder: whole or nothing. A symbolic link at the path (also a
// dangling one) is refused and neither the link nor its target is touched; a folder is refused. A
// device or pipe (/dev/stdout, /dev/full) is written directly, every write checked and flushed.
// Problems are failures (failure=true) named in words: "disk full", "the folder ... is read-only".
Problems writeConfidentialFile(const QString& path, const QByteArray& bytes,
                               ExistingFile existing = ExistingFile::Replace);

// Refuses an output path that is a symbolic link (dangling or not) or a folder, or whose folder does
// not exist. Empty: the path may be written.
Problems checkOutputPath(const QString& path);

// Creates an empty file owner-only (O_CREAT | O_EXCL | O_NOFOLLOW, fchmod 0600): an existing file
// or link at the path is an error, never followed.
Problems createConfidentialFile(const QString& path);

// fsync of a written file (opened with O_NOFOLLOW) and of its folder, so that a rename after it is
// durable.
Problems syncFile(const QString& path);
Problems syncFolder(const QString& folder);

// Creates `folder` and any missing parents 0700 whatever the umask (existing folders keep their mode).
Problems makeConfidentialFolder(const QString& folder);

// The reason for an errno value in words ("disk full", "permission denied", ...).
QString ioReason(int error);

// Documented input limits (docs/architecture.md): checked before anything is parsed.
constexpr qint64 maxCaseBytes = 1024 * 1024;           // a case is about 1 KB
constexpr qint64 maxKnowledgeBytes = 16 * 1024 * 1024; // the knowledge base is about 200 KB

// Reads at most `limit` bytes: more is refused before anything is parsed ("larger than the limit of
// 1 MiB"), as is a read error. Works for files, standard input and devices (/dev/zero).
Result<QByteArray> readBounded(QIODevice& device, qint64 limit, const QString& what);
// `path` "-" reads standard input.
Result<QByteArray> readFileBounded(const QString& path, qint64 limit, const QString& what);

// The offset of the first byte that is not well-formed UTF-8 (overlong forms, surrogates and values
// above U+10FFFF included), or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes);

// A knowledge-base file for --knowledge: at most maxKnowledgeBytes, UTF-8 (refused, not repaired).
Result<QByteArray> readKnowledgeFile(const QString& path);

// "1 MiB", "16 MiB", "512 KiB".
QString byteSize(qint64 bytes);

} // namespace netdesk
