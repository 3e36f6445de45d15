#include "ui/settings/Settings.h"

#include "core/registry/Database.h"

#include <QStandardPaths>

namespace netdesk {

namespace {

struct Entry
{
    Settings::Key key;
    const char* name;
    QVariant (*fallback)();
};

const Entry entries[] = {
    {Settings::Key::RegistryPath, "registry/path", [] { return QVariant(Database::defaultPath()); }},
    {Settings::Key::DefaultProtocol, "plan/defaultProtocol", [] { return QVariant(QStringLiteral("standard")); }},
    {Settings::Key::PrintAudience, "print/audience", [] { return QVariant(QStringLiteral("professional")); }},
    {Settings::Key::ClinicName, "print/clinicName", [] { return QVariant(QString()); }},
    {Settings::Key::Clinician, "print/clinician", [] { return QVariant(QString()); }},
    {Settings::Key::Language, "ui/language", [] { return QVariant(QStringLiteral("en")); }},
};

const Entry& entry(Settings::Key key)
{
    for (const Entry& e : entries) {
        if (e.key == key)
            return e;
    }
    return entries[0];
}

} // namespace

Settings::Settings(const QString& file)
    : m_settings(std::make_unique<QSettings>(file, QSettings::IniFormat))
{
}

QString Settings::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/netdesk/netdesk.ini");
}

QString Settings::name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::value(Key key) const
{
    const Entry& e = entry(key);
    return m_settings->value(QString::fromLatin1(e.name), e.fallback());
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(QString::fromLatin1(entry(key).name), value);
    m_settings->sync();
}

} // namespace netdesk
