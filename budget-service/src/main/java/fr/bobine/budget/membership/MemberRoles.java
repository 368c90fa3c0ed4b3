package fr.bobine.budget.membership;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductionMemberRoles", description = "The roles a member holds from now on")
public record MemberRoles(
        @NotEmpty @Size(max = 4) List<@NotNull @Pattern(regexp = SCOPED,
                message = "must be production-manager, payroll, rights-manager or distribution-manager: producer, accountant "
                        + "and auditor see every production already") String> roles) {

    /** The production-scoped roles (platform Roles.PRODUCTION_SCOPED), the only ones a membership gives. */
    static final String SCOPED = "production-manager|payroll|rights-manager|distribution-manager";
}
