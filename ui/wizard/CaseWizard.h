#pragma once

#include "core/guideline/Plan.h"
#include "core/registry/Records.h"

#include <QJsonObject>
#include <QMap>
#include <QWizard>

namespace netdesk {

class Registry;
class CaseDraft;

// The case wizard: patient → pathology → primary site and function → metastatic burden → clinical
// status → review. Every page edits one draft case (netdesk.case/1); each value is checked where it
// is typed by the core case reader, the reason shown inline, and Next stays disabled until the
// page's fields are valid. Finishing stores the assessment and its schedule in the registry.
class CaseWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseWizard)

public:
    enum PageId { PatientPageId, PathologyPageId, SitePageId, BurdenPageId, StatusPageId, ReviewPageId };

    // `previousCase` starts a new assessment of an existing patient from the last case; `protocol`
    // is the follow-up protocol (empty: the knowledge base's default); `prefilled` says, per field
    // path, where a value of `previousCase` came from (shown until the user confirms its page).
    CaseWizard(Registry& registry, const QDate& today, const QString& recordNumber = {},
               const QJsonObject& previousCase = {}, const QString& protocol = {}, QWidget* parent = nullptr,
               const QMap<QString, QString>& prefilled = {});
    ~CaseWizard() override;

    CaseDraft& draft() { return *m_draft; }
    // After accept(): the stored assessment's plan.
    const Plan& storedPlan() const { return m_plan; }
    QString storedRecord() const { return m_record; }
    QString lastError() const { return m_error; }

    void accept() override;

private:
    void showFinishError(const QString& message);

    Registry& m_registry;
    std::unique_ptr<CaseDraft> m_draft;
    Plan m_plan;
    QString m_protocol;
    QString m_record;
    QString m_error;
};

} // namespace netdesk
