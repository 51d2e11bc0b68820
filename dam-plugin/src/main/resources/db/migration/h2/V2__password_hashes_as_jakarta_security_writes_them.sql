-- Password hashes are now made and checked by Jakarta Security's Pbkdf2PasswordHash. Same PBKDF2-HMAC-SHA256 hash,
-- salt and iteration count; only the notation changes, from "pbkdf2-sha256$iterations$salt$hash" to
-- "PBKDF2WithHmacSHA256:iterations:salt:hash" (Base64 holds neither '$' nor ':'). Nobody needs a new password.
update tx_user
   set passwordHash = replace(replace(passwordHash, 'pbkdf2-sha256$', 'PBKDF2WithHmacSHA256$'), '$', ':')
 where passwordHash like 'pbkdf2-sha256$%';
