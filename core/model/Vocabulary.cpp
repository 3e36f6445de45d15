#include "core/model/Vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace netdesk::vocab {

#define NETDESK_VOCAB(name, ...)                                                                                       \
    const QStringList& name()                                                                                          \
    {                                                                                                                  \
        static const QStringList values{__VA_ARGS__};                                                                  \
        return values;                                                                                                 \
    }

NETDESK_VOCAB(primarySites, QStringLiteral("pancreas"), QStringLiteral("small_intestine"), QStringLiteral("appendix"),
              QStringLiteral("colon"), QStringLiteral("rectum"), QStringLiteral("stomach"), QStringLiteral("duodenum"),
              QStringLiteral("lung"), QStringLiteral("thymus"), QStringLiteral("unknown_primary"),
              QStringLiteral("other"))
NETDESK_VOCAB(differentiations, QStringLiteral("well"), QStringLiteral("poor"), QStringLiteral("unknown"))
NETDESK_VOCAB(grades, QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3"))
NETDESK_VOCAB(lungHistologies, QStringLiteral("typical_carcinoid"), QStringLiteral("atypical_carcinoid"),
              QStringLiteral("lcnec"), QStringLiteral("sclc"))
NETDESK_VOCAB(necHistologies, QStringLiteral("small_cell"), QStringLiteral("large_cell"))
NETDESK_VOCAB(functionalSyndromes, QStringLiteral("none"), QStringLiteral("carcinoid_syndrome"),
              QStringLiteral("insulinoma"), QStringLiteral("gastrinoma"), QStringLiteral("glucagonoma"),
              QStringLiteral("vipoma"), QStringLiteral("other"))
NETDESK_VOCAB(sstrImagingValues, QStringLiteral("positive"), QStringLiteral("negative"), QStringLiteral("not_done"))
NETDESK_VOCAB(diseaseStatuses, QStringLiteral("newly_diagnosed"), QStringLiteral("stable"),
              QStringLiteral("progressive"))
NETDESK_VOCAB(sexes, QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other"),
              QStringLiteral("unknown"))
NETDESK_VOCAB(priorSurgeries, QStringLiteral("pancreatoduodenectomy"), QStringLiteral("bilioenteric_anastomosis"),
              QStringLiteral("cholecystectomy"), QStringLiteral("primary_resection"), QStringLiteral("liver_resection"))
NETDESK_VOCAB(metastasisSites, QStringLiteral("liver"), QStringLiteral("bone"), QStringLiteral("lung"),
              QStringLiteral("peritoneum"), QStringLiteral("distantLymphNodes"), QStringLiteral("brain"))
NETDESK_VOCAB(categories, QStringLiteral("NET_G1"), QStringLiteral("NET_G2"), QStringLiteral("NET_G3"),
              QStringLiteral("NEC"), QStringLiteral("NEN_G3_UNDETERMINED"), QStringLiteral("LUNG_TYPICAL_CARCINOID"),
              QStringLiteral("LUNG_ATYPICAL_CARCINOID"))
NETDESK_VOCAB(roles, QStringLiteral("first_line"), QStringLiteral("later_line"), QStringLiteral("symptom_control"),
              QStringLiteral("local"), QStringLiteral("supportive"))
NETDESK_VOCAB(strengths, QStringLiteral("preferred"), QStringLiteral("option"), QStringLiteral("consider"))
NETDESK_VOCAB(avoidSeverities, QStringLiteral("contraindicated"), QStringLiteral("not_preferred"))
NETDESK_VOCAB(warningSeverities, QStringLiteral("critical"), QStringLiteral("caution"), QStringLiteral("info"))
NETDESK_VOCAB(reviewStates, QStringLiteral("source_checked"), QStringLiteral("pending"), QStringLiteral("draft"))
NETDESK_VOCAB(referenceStatuses, QStringLiteral("checked"), QStringLiteral("details_unconfirmed"),
              QStringLiteral("secondary"), QStringLiteral("seed"))
NETDESK_VOCAB(labTests, QStringLiteral("CGA"), QStringLiteral("5HIAA"), QStringLiteral("NTPROBNP"))
NETDESK_VOCAB(imagingModalities, QStringLiteral("CT"), QStringLiteral("MRI"))

#undef NETDESK_VOCAB

namespace {

QStringList codeList(const char* key)
{
    QFile file(QStringLiteral(":/interchange/codes.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the embedded interchange code lists are missing");
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}

} // namespace

const QStringList& therapyCodes()
{
    static const QStringList codes = codeList("therapyCodes");
    return codes;
}

const QStringList& warningCodes()
{
    static const QStringList codes = codeList("warningCodes");
    return codes;
}

const QStringList& factorCodes()
{
    static const QStringList codes = codeList("factorCodes");
    return codes;
}

bool isLungScheme(const QString& primarySite)
{
    return primarySite == QLatin1String("lung") || primarySite == QLatin1String("thymus");
}

} // namespace netdesk::vocab
