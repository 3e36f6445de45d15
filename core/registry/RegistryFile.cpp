#include "core/registry/RegistryFile.h"

#include "core/io/SecureFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace netdesk {

namespace {

quint32 bigEndian(const unsigned char* p, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

const QString nothingChanged = QStringLiteral("; nothing was changed");

} // namespace

Problems inspectRegistryFile(const QString& path, RegistryFileUse use)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0) {
        if (errno == ENOENT) {
            if (use == RegistryFileUse::MayBeNew)
                return {};
            return {{QStringLiteral("db"),
                     QStringLiteral("there is no registry at %1; add-patient or demo creates one").arg(path)}};
        }
        return {failure(path, QStringLiteral("cannot be read: %1").arg(ioReason(errno)))};
    }
    if (S_ISDIR(st.st_mode))
        return {failure(path, QStringLiteral("is a folder, not a registry file"))};
    if (!S_ISREG(st.st_mode))
        return {failure(path, QStringLiteral("is not a regular file, not a registry file"))};
    if (st.st_size == 0) {
        if (use == RegistryFileUse::MayBeNew)
            return {};
        return {failure(path, QStringLiteral("is an empty file (0 bytes), not a registry: perhaps cut short while "
                                             "being created or copied") +
                                  nothingChanged)};
    }
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {failure(path, QStringLiteral("cannot be read: %1").arg(ioReason(errno)))};
    unsigned char header[100] = {};
    qsizetype got = 0;
    while (got < 100) {
        const ssize_t n = ::read(fd, header + got, static_cast<size_t>(100 - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    ::close(fd);
    static const char magic[] = "SQLite format 3";
    if (got < 16 || QByteArray(reinterpret_cast<const char*>(header), 16) != QByteArray(magic, 16))
        return {failure(path, QStringLiteral("is not an SQLite file, so it is not a NETDesk registry (it does not "
                                             "start with the SQLite header)") +
                                  nothingChanged)};
    if (got < 100)
        return {failure(
            path, QStringLiteral("is truncated: %1 bytes, shorter than the 100-byte SQLite header").arg(st.st_size) +
                      nothingChanged)};
    quint32 pageSize = bigEndian(header + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return {
            failure(path, QStringLiteral("has a damaged SQLite header (page size %1)").arg(pageSize) + nothingChanged)};
    const qint64 size = st.st_size;
    // With a write-ahead log beside it, the file may legitimately be shorter than its header says: a
    // checkpoint stopped by a crash or a kill wrote page 1 before the later pages, which are still in
    // the log that SQLite replays on opening (found by the SIGKILL test). Only without a log do the
    // sizes prove a truncation.
    struct stat walStat {};
    const QByteArray walPath = QFile::encodeName(path + QStringLiteral("-wal"));
    if (::stat(walPath.constData(), &walStat) == 0 && walStat.st_size > 0)
        return {};
    if (size % pageSize != 0)
        return {failure(
            path,
            QStringLiteral("is truncated: %1 bytes is not a whole number of %2-byte pages").arg(size).arg(pageSize) +
                nothingChanged)};
    // The page count in the header is valid when the change counter matches "version-valid-for".
    const quint32 pages = bigEndian(header + 28, 4);
    if (pages > 0 && bigEndian(header + 24, 4) == bigEndian(header + 92, 4) &&
        size < static_cast<qint64>(pages) * pageSize)
        return {failure(path, QStringLiteral("is truncated: %1 bytes, but its header says %2 pages of %3 bytes (%4 "
                                             "bytes)")
                                      .arg(size)
                                      .arg(pages)
                                      .arg(pageSize)
                                      .arg(static_cast<qint64>(pages) * pageSize) +
                                  nothingChanged)};
    return {};
}

Problem diagnoseRegistryFailure(const QString& path, const QString& sqliteError, const QString& fallback)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QByteArray nativeFolder = QFile::encodeName(folder);
    const QByteArray nativeFile = QFile::encodeName(info.absoluteFilePath());
    struct statvfs fs
    {
    };
    const bool haveFs = ::statvfs(nativeFolder.constData(), &fs) == 0;
    if (haveFs && (fs.f_flag & ST_RDONLY) != 0)
        return failure(path, QStringLiteral("the folder %1 is on a read-only file system: SQLite needs to write "
                                            "its journal next to the registry")
                                     .arg(folder) +
                                 nothingChanged);
    if (::access(nativeFolder.constData(), W_OK) != 0 && errno == EACCES)
        return failure(path, QStringLiteral("the folder %1 is read-only for this user: SQLite needs to create "
                                            "its journal (%2-wal) there")
                                     .arg(folder, info.fileName()) +
                                 nothingChanged);
    if (::access(nativeFile.constData(), W_OK) != 0 && errno == EACCES)
        return failure(path,
                       QStringLiteral("the file is read-only for this user (permission denied)") + nothingChanged);
    if (sqliteError.contains(QLatin1String("disk is full"), Qt::CaseInsensitive) || (haveFs && fs.f_bavail == 0))
        return failure(path,
                       QStringLiteral("disk full: no space left on the device of %1").arg(folder) + nothingChanged);
    if (sqliteError.contains(QLatin1String("readonly"), Qt::CaseInsensitive) ||
        sqliteError.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        return failure(path, QStringLiteral("cannot be written (read-only: %1)").arg(sqliteError) + nothingChanged);
    if (sqliteError.contains(QLatin1String("disk I/O error"), Qt::CaseInsensitive) ||
        sqliteError.contains(QLatin1String("unable to open"), Qt::CaseInsensitive))
        return failure(path, QStringLiteral("cannot be opened (%1)").arg(sqliteError) + nothingChanged);
    return failure(path, fallback);
}

} // namespace netdesk
