#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace netdesk {

class Registry;
class Settings;
class PresentationWindow;

// Tumour-board meetings at the desk: list, create (date, title, attendees), put the current patient
// on an agenda, present (the anonymous full-screen mode), close, and print the summary (identified
// or anonymous). While presenting, this dialog and the main window are hidden so that no patient
// list shows on a shared screen.
class BoardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardDialog)

public:
    BoardDialog(Registry& registry, Settings& settings, const QDate& today, const QString& currentRecord,
                QWidget* parent = nullptr);

    qint64 selectedMeeting() const;
    void selectMeeting(qint64 id);
    // Opens the presentation of the selected meeting; returns it (owned by itself, deleted on close).
    PresentationWindow* present(bool fullScreen = true);
    QString lastMessage() const;

private:
    void refresh();
    void createMeeting();
    void addCurrent();
    void closeMeeting();
    void summary(bool anonymous);
    void printSummary();
    void say(const QString& text);

    Registry& m_registry;
    Settings& m_settings;
    QDate m_today;
    QString m_record;
    QListWidget* m_meetings = nullptr;
    QLabel* m_agenda = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace netdesk
