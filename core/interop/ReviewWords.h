#pragma once

#include <QJsonObject>
#include <QString>

namespace netdesk {

// Review states in words, the same on every screen, in the text output and on printouts. A review
// state says how far a statement was checked against its sources, never that a clinician approved
// it (clinical.md, header; interchange.md, `review`).
namespace review {

// "checked against its source", "pending: not yet checked", "draft: not checked at all".
QString words(const QString& state);

// "No clinician has reviewed this knowledge base."
QString noClinicalReview();

// The note shown beside a stored plan that still says `approved`: what that word meant then.
QString earlierApprovedNote();

// A stored plan as it is shown now, without rewriting the stored row: every `review: approved`
// (the wording before knowledge base 2026.12) reads as `pending`, and a plan without
// knowledgeBase.clinicalReview reads as status `none`. `earlierApproved` counts the statements
// that said `approved`.
QJsonObject readStoredPlan(const QJsonObject& plan, int* earlierApproved = nullptr);

// A plan's reference: the full citation (plans from before 2026.12.1 hold the citation as a string,
// later ones `{citation, status}`), and how far the source was read, in words.
QString citation(const QJsonValue& reference);
QString referenceStatus(const QJsonValue& reference);
QString referenceStatusWords(const QString& status);

// The plan's knowledge-base clinical-review sentence ("No clinician has reviewed this knowledge
// base." while the status is `none` or missing).
QString clinicalReviewStatement(const QJsonObject& plan);

} // namespace review

} // namespace netdesk
