#include "core/io/SecureFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace netdesk {

namespace {

Problem ioFailure(const QString& where, const QString& what, int error)
{
    return failure(where, QStringLiteral("%1: %2").arg(what, ioReason(error)));
}

QString folderOf(const QString& path)
{
    return QFileInfo(path).absolutePath();
}

// Every byte written or the errno of the failure; EINTR and short writes are retried.
int writeAll(int fd, const QByteArray& bytes)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;
        data += n;
        left -= n;
    }
    return 0;
}

// A sync error on a device or pipe that cannot be synced is not a failure of the data.
bool syncFailed(int fd)
{
    if (::fsync(fd) == 0)
        return false;
    return errno != EINVAL && errno != EROFS && errno != ENOTSUP;
}

} // namespace

QString ioReason(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return QStringLiteral("disk full (no space left on the device)");
    case EROFS:
        return QStringLiteral("the file system is read-only");
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied");
    case ENOENT:
        return QStringLiteral("no such file or folder");
    case ELOOP:
        return QStringLiteral("it is a symbolic link; refused");
    case EISDIR:
        return QStringLiteral("it is a folder");
    case EBADF:
        return QStringLiteral("the output is closed");
    case EPIPE:
        return QStringLiteral("the reader of the output has gone (broken pipe)");
    case EIO:
        return QStringLiteral("input/output error");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c == 0xE0)
            extra = 2, lo = 0xA0;
        else if (c == 0xED)
            extra = 2, hi = 0x9F;
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
            extra = 2;
        else if (c == 0xF0)
            extra = 3, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3)
            extra = 3;
        else if (c == 0xF4)
            extra = 3, hi = 0x8F;
        else
            return i;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return i;
            const unsigned char b = p[i + k];
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF))
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

Result<QByteArray> readKnowledgeFile(const QString& path)
{
    auto bytes = readFileBounded(path, maxKnowledgeBytes, path);
    if (!bytes.ok())
        return bytes;
    if (const qsizetype bad = firstInvalidUtf8(bytes.value()); bad >= 0)
        return Problems{{path, QStringLiteral("is not UTF-8: byte %1 (0x%2) is not valid UTF-8; refused, not repaired")
                                   .arg(bad)
                                   .arg(static_cast<unsigned char>(bytes.value().at(bad)), 2, 16, QLatin1Char('0'))}};
    return bytes;
}

QString byteSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

Problems checkOutputPath(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(native.constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode))
            return {failure(path, QStringLiteral("is a symbolic link; refused (NETDesk never writes patient data "
                                                 "through a link: give the real path)"))};
        if (S_ISDIR(st.st_mode))
            return {failure(path, QStringLiteral("is a folder; give a file name"))};
        return {};
    }
    if (errno != ENOENT)
        return {ioFailure(path, QStringLiteral("cannot be checked"), errno)};
    const QString folder = folderOf(path);
    if (!QFileInfo(folder).isDir())
        return {failure(path, QStringLiteral("the folder %1 does not exist").arg(folder))};
    return {};
}

Problems createConfidentialFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        if (error == EACCES || error == EROFS)
            return {
                failure(path, QStringLiteral("the folder %1 is read-only (%2)").arg(folderOf(path), ioReason(error)))};
        return {ioFailure(path, QStringLiteral("cannot create the file"), error)};
    }
    // The umask may have taken bits away, never added any; fchmod makes the mode exact.
    const bool ok = ::fchmod(fd, 0600) == 0;
    const int error = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(native.constData());
        return {ioFailure(path, QStringLiteral("cannot make the file owner-only"), error)};
    }
    return {};
}

Problems syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return {ioFailure(path, QStringLiteral("cannot open the file to flush it"), errno)};
    const bool failed = syncFailed(fd);
    const int error = errno;
    ::close(fd);
    if (failed)
        return {ioFailure(path, QStringLiteral("cannot flush the file to disk"), error)};
    return {};
}

Problems syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return {ioFailure(folder, QStringLiteral("cannot open the folder to flush it"), errno)};
    const bool failed = syncFailed(fd);
    const int error = errno;
    ::close(fd);
    if (failed)
        return {ioFailure(folder, QStringLiteral("cannot flush the folder to disk"), error)};
    return {};
}

Problems makeConfidentialFolder(const QString& folder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return {};
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute) {
        const Problems p = makeConfidentialFolder(parent);
        if (!p.isEmpty())
            return p;
    }
    const QByteArray native = QFile::encodeName(absolute);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
        const int error = errno;
        if (error == EACCES || error == EROFS)
            return {failure(absolute, QStringLiteral("cannot create the folder: the folder %1 is read-only (%2)")
                                          .arg(parent, ioReason(error)))};
        return {ioFailure(absolute, QStringLiteral("cannot create the folder"), error)};
    }
    // Exactly 0700 whatever the umask (only for the folder made here: lstat so a link is not followed).
    struct stat st
    {
    };
    if (::lstat(native.constData(), &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 07777) != 0700 &&
        st.st_uid == ::geteuid())
        ::chmod(native.constData(), 0700);
    return {};
}

Problems writeConfidentialFile(const QString& path, const QByteArray& bytes, ExistingFile existing)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    const bool exists = ::lstat(native.constData(), &st) == 0;
    if (exists && existing == ExistingFile::Refuse)
        return {failure(path, S_ISLNK(st.st_mode) ? QStringLiteral("is a symbolic link; refused (NETDesk never "
                                                                   "writes patient data through a link)")
                                                  : QStringLiteral("exists; it is never overwritten"))};
    if (const Problems p = checkOutputPath(path); !p.isEmpty())
        return p;

    if (exists && !S_ISREG(st.st_mode)) {
        // A device or a pipe: written in place, every write checked.
        const int fd = ::open(native.constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            return {ioFailure(path, QStringLiteral("cannot open for writing"), errno)};
        int error = writeAll(fd, bytes);
        if (error == 0 && syncFailed(fd))
            error = errno;
        if (::close(fd) != 0 && error == 0)
            error = errno;
        if (error != 0)
            return {ioFailure(path, QStringLiteral("cannot write"), error)};
        return {};
    }

    // A regular or missing path: a new owner-only file next to it, renamed over it when complete.
    const QString folder = folderOf(path);
    QByteArray tmpl = QFile::encodeName(QFileInfo(path).absoluteFilePath()) + ".XXXXXX";
    const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC); // O_EXCL, 0600, never through a link
    if (fd < 0) {
        const int error = errno;
        if (error == EACCES || error == EROFS)
            return {failure(path, QStringLiteral("the folder %1 is read-only (%2)").arg(folder, ioReason(error)))};
        return {ioFailure(path, QStringLiteral("cannot create a file in %1").arg(folder), error)};
    }
    int error = ::fchmod(fd, 0600) == 0 ? 0 : errno;
    if (error == 0)
        error = writeAll(fd, bytes);
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0 && ::rename(tmpl.constData(), native.constData()) != 0)
        error = errno;
    if (error != 0) {
        ::unlink(tmpl.constData());
        return {ioFailure(path, QStringLiteral("cannot write (nothing was written)"), error)};
    }
    return syncFolder(folder);
}

Result<QByteArray> readBounded(QIODevice& device, qint64 limit, const QString& what)
{
    QByteArray out;
    QByteArray chunk;
    while (true) {
        chunk = device.read(std::min<qint64>(64 * 1024, limit + 1 - out.size()));
        if (chunk.isEmpty())
            break; // the end, or an error (checked below)
        out += chunk;
        if (out.size() > limit)
            return Problems{{what, QStringLiteral("is larger than the limit of %1; refused before reading it (a "
                                                  "NETDesk input of this kind is far smaller)")
                                       .arg(byteSize(limit))}};
    }
    if (const auto* file = qobject_cast<QFileDevice*>(&device); file && file->error() != QFileDevice::NoError)
        return Problems{failure(what, QStringLiteral("cannot be read (%1)").arg(file->errorString()))};
    return out;
}

Result<QByteArray> readFileBounded(const QString& path, qint64 limit, const QString& what)
{
    QFile file;
    const bool standardInput = path == QLatin1String("-");
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Problems{failure(what, QStringLiteral("cannot read %1 (%2)").arg(path, file.errorString()))};
    // A regular file's size is known: refused before a byte of it is read.
    if (!standardInput && QFileInfo(path).isFile() && file.size() > limit)
        return Problems{{what, QStringLiteral("%1 is %2 bytes, larger than the limit of %3; refused before reading it")
                                   .arg(path)
                                   .arg(file.size())
                                   .arg(byteSize(limit))}};
    return readBounded(file, limit, what);
}

} // namespace netdesk
