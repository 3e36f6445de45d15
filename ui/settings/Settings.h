#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace netdesk {

// The one owner of QSettings: every key and its default in one table. The constructor takes a file
// path so that tests use a temporary file; the application passes its user settings file.
class Settings final
{
public:
    enum class Key { RegistryPath, DefaultProtocol, PrintAudience, ClinicName, Clinician, Language };

    explicit Settings(const QString& file);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    QString text(Key key) const { return value(key).toString(); }

    static QString defaultFile(); // $XDG_CONFIG_HOME/netdesk/netdesk.ini
    static QString name(Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace netdesk
