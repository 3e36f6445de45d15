#include "core/interop/ReviewWords.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace netdesk {

namespace {

// The context of this file's strings in translations/netdesk_<lang>.ts.
struct ReviewWords
{
    Q_DECLARE_TR_FUNCTIONS(netdesk::ReviewWords)
};

// Replaces `approved` in every `review` field below `value`; counts the replacements.
QJsonValue readReviews(const QJsonValue& value, int& count)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(readReviews(v, count));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (it.key() == QLatin1String("review") && it.value().toString() == QLatin1String("approved")) {
            it.value() = QStringLiteral("pending");
            ++count;
        } else if (it.value().isObject() || it.value().isArray()) {
            it.value() = readReviews(it.value(), count);
        }
    }
    return obj;
}

} // namespace

namespace review {

QString words(const QString& state)
{
    if (state == QLatin1String("source_checked"))
        return ReviewWords::tr("checked against its source");
    if (state == QLatin1String("draft"))
        return ReviewWords::tr("draft: not checked at all");
    return ReviewWords::tr("pending: not yet checked");
}

QString noClinicalReview()
{
    return ReviewWords::tr("No clinician has reviewed this knowledge base.");
}

QString earlierApprovedNote()
{
    return ReviewWords::tr("Stored under the earlier wording 'approved', which meant only checked against a primary "
                           "text; shown as pending.");
}

QJsonObject readStoredPlan(const QJsonObject& plan, int* earlierApproved)
{
    int count = 0;
    QJsonObject out = readReviews(plan, count).toObject();
    QJsonObject kb = out.value(QStringLiteral("knowledgeBase")).toObject();
    if (!kb.contains(QStringLiteral("clinicalReview"))) {
        kb.insert(QStringLiteral("clinicalReview"), QJsonObject{{QStringLiteral("status"), QStringLiteral("none")}});
        out.insert(QStringLiteral("knowledgeBase"), kb);
    }
    if (earlierApproved)
        *earlierApproved = count;
    return out;
}

QString citation(const QJsonValue& reference)
{
    return reference.isObject() ? reference.toObject().value(QStringLiteral("citation")).toString()
                                : reference.toString();
}

QString referenceStatus(const QJsonValue& reference)
{
    return reference.toObject().value(QStringLiteral("status")).toString();
}

QString referenceStatusWords(const QString& status)
{
    if (status == QLatin1String("checked"))
        return ReviewWords::tr("read in the source");
    if (status == QLatin1String("details_unconfirmed"))
        return ReviewWords::tr("details unconfirmed");
    if (status == QLatin1String("secondary"))
        return ReviewWords::tr("known through a secondary source");
    if (status == QLatin1String("seed"))
        return ReviewWords::tr("the seed article");
    return ReviewWords::tr("status not recorded");
}

QString clinicalReviewStatement(const QJsonObject& plan)
{
    const QJsonObject cr =
        plan.value(QStringLiteral("knowledgeBase")).toObject().value(QStringLiteral("clinicalReview")).toObject();
    const QString status = cr.value(QStringLiteral("status")).toString(QStringLiteral("none"));
    const QString statement = cr.value(QStringLiteral("statement")).toString();
    if (status == QLatin1String("none") || statement.isEmpty())
        return statement.isEmpty() ? noClinicalReview() : statement;
    return statement;
}

} // namespace review

} // namespace netdesk
