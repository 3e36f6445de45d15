#pragma once

#include <QDate>
#include <QMainWindow>

#include "core/registry/Records.h"
#include "ui/registry/TherapyDialog.h"

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QComboBox;
class QTimer;
class QCheckBox;

namespace netdesk {

class Registry;
class Settings;
struct PrefillSource;
struct PatientHistory;
class CourseChart;
class PatientListModel;
class ReminderModel;

// The workstation's main window: patients (search as you type), the selected patient's page
// (identity, status, current plan, follow-up and results) and the reminders across the registry.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Registry& registry, const QDate& today, const QString& registryPath, Settings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPatient(const QString& recordNumber);
    // Opens the case wizard: a new patient, or (with a record) a new assessment from the last case.
    void newAssessment(const QString& recordNumber = {});
    void editSettings();
    // First run: tells where the new registry was created and offers to load demo patients.
    void offerDemo(const QString& registryPath);
    void showAbout();
    // Text of the About box: version, knowledge base id, version and review status, disclaimer.
    QString aboutText() const;

private:
    void buildPatientList(QWidget* parent);
    void buildReminders(QWidget* parent);
    void updateCounts();
    void showCourse(const PatientHistory& history);
    void editTherapy(TherapyDialog::Mode mode);
    // Where a re-assessment's pre-filled value came from, in the screen's language.
    static QString prefillText(const PrefillSource& source);

    Registry& m_registry;
    Settings& m_settings;
    QDate m_today;
    QString m_currentRecord;
    QLineEdit* m_search = nullptr;
    QTableView* m_patients = nullptr;
    QLabel* m_patientCount = nullptr;
    QTextBrowser* m_page = nullptr;
    CourseChart* m_trend = nullptr;
    QCheckBox* m_timesUln = nullptr;
    QComboBox* m_reminderFilter = nullptr;
    QTableView* m_reminders = nullptr;
    QLabel* m_reminderCount = nullptr;
    QTimer* m_searchDelay = nullptr;
    PatientListModel* m_patientModel = nullptr;
    ReminderModel* m_reminderModel = nullptr;
    PatientListModel* m_reviewModel = nullptr;
    QTableView* m_review = nullptr;
};

} // namespace netdesk
