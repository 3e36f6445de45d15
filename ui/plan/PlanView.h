#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QTextBrowser>

namespace netdesk {

// The explained plan for a clinician, rendered from plan JSON (netdesk.plan/1, as stored with an
// assessment): classification with its basis, warnings by severity (icon and word, never colour
// alone), recommendations by role with strength, the clauses that fired, evidence labels (full
// citation on hover) and review status, things to avoid, prognosis and follow-up.
class PlanView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanView)

public:
    explicit PlanView(QWidget* parent = nullptr);

    void setPlan(const QJsonObject& plan);
    // `nextDates` (follow-up item id -> date) overrides the first dates counted from the assessment.
    static QString toHtml(const QJsonObject& storedPlan, const QHash<QString, QDate>& nextDates = {});
};

} // namespace netdesk
