package fr.bobine.budget.membership;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductionMemberInput", description = "A user and the production-scoped roles to give them")
public record MemberInput(
        @NotBlank @Size(max = 200) @Pattern(regexp = "\\S+", message = "must be the user's name in the token, without spaces")
        @Schema(example = "claire.vasseur@bobine.fr") String user,
        @NotEmpty @Size(max = 4) List<@NotNull @Pattern(regexp = MemberRoles.SCOPED,
                message = "must be production-manager, payroll, rights-manager or distribution-manager: producer, accountant "
                        + "and auditor see every production already") String> roles) {
}
