#include "ui/report/ReportDialog.h"

#include "core/i18n/Language.h"
#include "core/registry/Registry.h"
#include "core/report/ReportSource.h"
#include "ui/report/ReportRenderer.h"
#include "ui/settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace netdesk {

namespace {

// The PDF's page layout, so paper, preview and PDF show the same pages.
void preparePrinter(QPrinter& printer, const ReportDocument& doc)
{
    printer.setPageLayout(reportPageLayout());
    printer.setDocName(doc.title);
}

} // namespace

ReportDialog::ReportDialog(Registry& registry, const QString& recordNumber, Settings& settings, const QDate& today,
                           QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_record(recordNumber)
    , m_today(today)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Print or save the plan of %1").arg(recordNumber));
    auto* form = new QFormLayout;
    m_audience = new QComboBox(this);
    m_audience->setObjectName(QStringLiteral("reportAudience"));
    m_audience->addItem(tr("Patient (plain language, no doses)"), QStringLiteral("patient"));
    m_audience->addItem(tr("Professional (regimens, evidence)"), QStringLiteral("professional"));
    m_audience->setCurrentIndex(qMax(0, m_audience->findData(settings.text(Settings::Key::PrintAudience))));
    form->addRow(tr("&Audience:"), m_audience);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    for (const QString& l : m_registry.knowledgeBase()->languages)
        m_language->addItem(l == QLatin1String("de") ? QStringLiteral("Deutsch")
                            : l == QLatin1String("en") ? QStringLiteral("English")
                                                       : l,
                            l);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.text(Settings::Key::Language))));
    form->addRow(tr("&Language:"), m_language);
    m_outcomes = new QCheckBox(tr("Show reference outcomes (survival figures) on the patient printout"), this);
    m_outcomes->setObjectName(QStringLiteral("reportOutcomes"));
    form->addRow(QString(), m_outcomes);
    m_clinic = new QLineEdit(settings.text(Settings::Key::ClinicName), this);
    m_clinic->setObjectName(QStringLiteral("reportClinic"));
    form->addRow(tr("&Clinic:"), m_clinic);
    m_clinician = new QLineEdit(settings.text(Settings::Key::Clinician), this);
    m_clinician->setObjectName(QStringLiteral("reportClinician"));
    form->addRow(tr("C&linician:"), m_clinician);
    for (QWidget* w : {static_cast<QWidget*>(m_audience), static_cast<QWidget*>(m_language),
                       static_cast<QWidget*>(m_clinic), static_cast<QWidget*>(m_clinician)}) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(w)))
            w->setAccessibleName(label->text().remove(u'&').remove(u':'));
    }
    const auto patientOnly = [this] { m_outcomes->setEnabled(m_audience->currentData() == QLatin1String("patient")); };
    connect(m_audience, &QComboBox::currentIndexChanged, this, patientOnly);
    patientOnly();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton* pdfButton = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    previewButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir::home().filePath(
            QStringLiteral("%1-%2-%3.pdf")
                .arg(m_record, m_audience->currentData().toString(), m_today.toString(Qt::ISODate)));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"), suggested, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Result<ReportDocument> ReportDialog::document() const
{
    const QString language = m_language->currentData().toString();
    const auto input = reportFromRegistry(m_registry, m_record, language);
    if (!input.ok())
        return input.problems();
    const auto guide = PatientGuide::loadEmbedded(*m_registry.knowledgeBase());
    if (!guide.ok())
        return guide.problems();
    ReportInput in = input.value();
    in.audience = *audienceFromName(m_audience->currentData().toString());
    in.clinic = m_clinic->text().trimmed();
    in.clinician = m_clinician->text().trimmed();
    in.printed = m_today;
    in.showOutcomes = m_outcomes->isEnabled() && m_outcomes->isChecked();
    // Headings in the printout's language, whatever the screen's.
    const ScopedLanguage documentLanguage(*QCoreApplication::instance(), language);
    return buildReport(in, *guide.value());
}

void ReportDialog::showProblems(const QStringList& lines)
{
    m_error->setText(lines.join(u'\n'));
    m_error->setVisible(!lines.isEmpty());
}

QString ReportDialog::lastError() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool ReportDialog::savePdf(const QString& path)
{
    const auto doc = documentOrShowProblems();
    if (!doc)
        return false;
    const auto pages = writeReportPdf(*doc, path);
    if (!pages.ok())
        showProblems(pages.messages());
    return pages.ok();
}

std::optional<ReportDocument> ReportDialog::documentOrShowProblems()
{
    const auto doc = document();
    showProblems(doc.ok() ? QStringList() : doc.messages());
    return doc.ok() ? std::optional<ReportDocument>(doc.value()) : std::nullopt;
}

void previewReport(const ReportDocument& report, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, report);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(ReportDialog::tr("Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&report](QPrinter* p) { renderReport(report, *p); });
    dialog.resize(1000, 800);
    dialog.exec();
}

void ReportDialog::preview()
{
    if (const auto doc = documentOrShowProblems())
        previewReport(*doc, this);
}

void ReportDialog::print()
{
    const auto doc = documentOrShowProblems();
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *doc);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto pages = renderReport(*doc, printer);
    if (!pages.ok())
        showProblems(pages.messages());
}

} // namespace netdesk
