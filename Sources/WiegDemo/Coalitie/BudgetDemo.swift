import Foundation
import WiegCore

/// Demo budgets, entered faithfully from the seed documents.
public enum BudgetDemo {
    /// Noord- en Midden-Limburg, jaarplan 2024 (seed 003, "Financiering"). The seed's
    /// component cells run several phrases together; they are split here with "; ".
    /// Subtotal € 143.700, out of pocket € 36.300, total € 180.000, all funded from the
    /// regional IZA budget (the SPUK IZA, managed by mandate municipality Venlo).
    public static let nml2024 = Budget(
        year: 2024,
        lines: [
            BudgetLine(
                component: "Programma regisseur",
                description:
                    "Actieplan om te komen tot regionale afspraken; Concretiseren duurzame borging van het programma; Sturing geven aan het programma",
                fteHundredths: 44, salaryScale: 11, amount: Money(euros: 56_400)),
            BudgetLine(
                component: "Onderzoekscapaciteit",
                description: "Monitoren, Evaluatie en Leren (op basis van het monitoringsplan regionale ketenaanpak Kansrijke Start)",
                fteHundredths: 33, salaryScale: 11, amount: Money(euros: 42_000)),
            BudgetLine(
                component: "Communicatie capaciteit",
                description: "Communicatie en ondersteuning programma",
                fteHundredths: 33, salaryScale: 10, amount: Money(euros: 37_300)),
            BudgetLine(component: "Administratieve ondersteuning etc.", amount: Money(euros: 8_000))
        ],
        outOfPocket: [OutOfPocketCost(description: "Out of pocket kosten", amount: Money(euros: 36_300))],
        funding: [
            FundingSource(
                kind: .spukIZA, amount: Money(euros: 180_000),
                note:
                    "Financiering vindt via mandaat gemeente plaats uit Regionaal IZA budget. Eventuele financiële vragen vanuit nieuwe initiatieven zijn hier niet in meegenomen en zullen vragen om lokale reservering van werkbudget."
            )
        ]
    )
}
