#pragma once

#include "core/Result.h"
#include "core/report/Report.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace netdesk {

class Registry;
class Settings;

// The print preview of a printout (its Print button sends it to a printer), with the PDF's page
// layout: used by the plan's print dialog and the board summary.
void previewReport(const ReportDocument& report, QWidget* parent);

// Print or save a patient's latest plan: choose the audience (patient or professional), the
// language and whether the patient printout shows reference outcomes; then preview, print or save
// as PDF. Clinic and clinician come from the settings and can be changed for this printout.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    ReportDialog(Registry& registry, const QString& recordNumber, Settings& settings, const QDate& today,
                 QWidget* parent = nullptr);

    // The document for the current choices (the same the preview, printer and PDF get).
    Result<ReportDocument> document() const;
    // Writes the PDF without asking for a file name (tests and "Save PDF…" after the file dialog).
    bool savePdf(const QString& path);
    QString lastError() const;

private:
    void preview();
    void print();
    void showProblems(const QStringList& lines);
    // The document for the current choices, or nothing with the problems shown.
    std::optional<ReportDocument> documentOrShowProblems();

    Registry& m_registry;
    QString m_record;
    QDate m_today;
    QComboBox* m_audience = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_outcomes = nullptr;
    QLineEdit* m_clinic = nullptr;
    QLineEdit* m_clinician = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace netdesk
