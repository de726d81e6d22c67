import Plot

/// Accessible form pieces: every control has a label; hints and errors are tied to
/// the control with aria-describedby; an error summary at the top links to the fields.
enum Forms {
    /// A POST form carrying the CSRF token.
    static func post(_ action: String, csrf: String, _ content: [BodyNode], multipart: Bool = false, cls: String? = nil) -> BodyNode {
        H.el(
            "form",
            [
                H.attr("method", "post"), H.attr("action", action),
                H.attr("enctype", multipart ? "multipart/form-data" : nil), H.attr("class", cls),
                H.void("input", [("type", "hidden"), ("name", CSRF.field), ("value", csrf)])
            ] + content)
    }

    struct FieldError: Sendable {
        var field: String
        var message: String
    }

    static func errorSummary(_ errors: [FieldError], lang: Lang) -> BodyNode {
        guard !errors.isEmpty else { return .empty }
        return H.el(
            "div", H.cls("error-summary"), H.attr("role", "alert"), H.attr("tabindex", "-1"),
            H.el("h2", H.text(lang.t("Controleer het formulier", "Please check the form"))),
            H.el("ul", errors.map { H.el("li", H.a("#\($0.field)", $0.message)) }))
    }

    static func field(
        _ label: String, name: String, type: String = "text", value: String? = nil,
        hint: String? = nil, error: String? = nil, required: Bool = false,
        autocomplete: String? = nil, extra: [(String, String?)] = []
    ) -> BodyNode {
        wrapper(label, name: name, hint: hint, error: error) { describedBy in
            H.void(
                "input",
                [
                    ("type", type), ("id", name), ("name", name), ("value", value),
                    ("autocomplete", autocomplete), ("required", required ? "" : nil),
                    ("aria-invalid", error == nil ? nil : "true"), ("aria-describedby", describedBy)
                ] + extra)
        }
    }

    static func select(
        _ label: String, name: String, options: [(value: String, label: String)], selected: String?,
        hint: String? = nil, error: String? = nil
    ) -> BodyNode {
        wrapper(label, name: name, hint: hint, error: error) { describedBy in
            H.el(
                "select",
                [H.attr("id", name), H.attr("name", name), H.attr("aria-describedby", describedBy)]
                    + options.map { option in
                        H.el("option", H.attr("value", option.value), H.flag("selected", option.value == selected), H.text(option.label))
                    })
        }
    }

    /// `id`: when one page has several forms with this field (default: the name).
    static func textarea(
        _ label: String, name: String, value: String?, hint: String? = nil, error: String? = nil, rows: Int = 4, id: String? = nil
    ) -> BodyNode {
        wrapper(label, name: id ?? name, hint: hint, error: error) { describedBy in
            H.el(
                "textarea", H.attr("id", id ?? name), H.attr("name", name), H.attr("rows", String(rows)),
                H.attr("aria-invalid", error == nil ? nil : "true"), H.attr("aria-describedby", describedBy), H.text(value ?? ""))
        }
    }

    /// A group of checkboxes under one legend; the values are sent as `name[]`.
    static func checkboxes(
        _ legend: String, name: String, options: [(value: String, label: String)], selected: Set<String>,
        error: String? = nil
    ) -> BodyNode {
        H.el(
            "fieldset",
            [
                H.cls(error == nil ? "checks" : "checks field-error"), H.attr("id", name), H.el("legend", H.text(legend)),
                error.map { H.el("p", H.cls("error"), H.text($0)) } ?? .empty
            ]
                + options.map { option in
                    H.el(
                        "div", H.cls("check"),
                        H.void(
                            "input",
                            [
                                ("type", "checkbox"), ("id", "\(name)-\(option.value)"), ("name", "\(name)[]"), ("value", option.value),
                                ("checked", selected.contains(option.value) ? "" : nil)
                            ]),
                        H.el("label", H.attr("for", "\(name)-\(option.value)"), H.text(option.label)))
                })
    }

    /// Label, hint and error around a control; `control` gets the ids it is described by.
    private static func wrapper(
        _ label: String, name: String, hint: String?, error: String?,
        control: (String?) -> BodyNode
    ) -> BodyNode {
        let described = [hint.map { _ in "\(name)-hint" }, error.map { _ in "\(name)-error" }].compactMap { $0 }
        return H.el(
            "div", H.cls(error == nil ? "field" : "field field-error"),
            H.el("label", H.attr("for", name), H.text(label)),
            hint.map { H.el("p", H.cls("hint"), H.attr("id", "\(name)-hint"), H.text($0)) } ?? .empty,
            error.map { H.el("p", H.cls("error"), H.attr("id", "\(name)-error"), H.text($0)) } ?? .empty,
            control(described.isEmpty ? nil : described.joined(separator: " ")))
    }

    static func submit(_ label: String, cls: String = "button") -> BodyNode {
        H.el("button", H.attr("type", "submit"), H.cls(cls), H.text(label))
    }
}
