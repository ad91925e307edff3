// What password sign-in needs to know of an account, found by its e-mail.
MATCH (u:User {email: $email})
RETURN u {.id, .name, .email, .role, .status, .passwordHash} AS user
