#include "app/cli/Output.h"

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace netdesk::cli {

namespace {

bool stdoutClosed = false;

} // namespace

int& stdoutError()
{
    static int error = 0;
    return error;
}

void guardStandardStreams()
{
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        if (fd == 1)
            stdoutClosed = true;
        const int opened = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (opened >= 0 && opened != fd) {
            ::dup2(opened, fd);
            ::close(opened);
        }
    }
}

void printOut(const QByteArray& bytes)
{
    if (stdoutClosed) {
        if (stdoutError() == 0)
            stdoutError() = EBADF;
        return;
    }
    if (stdoutError() != 0)
        return;
    errno = 0;
    const size_t written = std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    if (written != static_cast<size_t>(bytes.size()) || std::fflush(stdout) != 0)
        stdoutError() = errno != 0 ? errno : EIO;
}

int finishStdout()
{
    if (stdoutError() == 0 && std::fflush(stdout) != 0)
        stdoutError() = errno != 0 ? errno : EIO;
    if (stdoutError() == 0 && std::ferror(stdout))
        stdoutError() = EIO;
    struct stat st
    {
    };
    if (stdoutError() == 0 && !stdoutClosed && ::fstat(1, &st) == 0 && S_ISREG(st.st_mode) && ::fsync(1) != 0 &&
        errno != EINVAL)
        stdoutError() = errno;
    return stdoutError();
}

} // namespace netdesk::cli
