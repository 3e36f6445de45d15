#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace netdesk {

class Registry;
class Settings;
class PresentationWindow;

// Tumour-board meetings at the desk: list, create (date, title, attendees), put the current patient
// on an agenda with the question for the board (editable in the agenda table while the meeting is
// open; a deceased or transferred patient is refused with the registry's reason), present (the
// anonymous full-screen mode), close, and print the summary (identified or anonymous). While
// presenting, this dialog and the main window are hidden so that no patient list shows on a shared
// screen.
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
    void showAgenda();
    void questionEdited(QTableWidgetItem* item);
    void closeMeeting();
    void summary(bool anonymous);
    void printSummary();
    void say(const QString& text);
    void refuse(const QString& text);

    Registry& m_registry;
    Settings& m_settings;
    QDate m_today;
    QString m_record;
    QListWidget* m_meetings = nullptr;
    QLabel* m_attendees = nullptr;
    QTableWidget* m_agenda = nullptr;
    QLineEdit* m_question = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace netdesk
