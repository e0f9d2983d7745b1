import nodemailer from 'nodemailer';

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType?: string;
}

interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

/** Sending e-mail, behind an adapter. Features never send directly: they enqueue in the outbox. */
export interface Mailer {
  /** False when no SMTP server is configured: mail then waits in the outbox. */
  readonly configured: boolean;
  send(message: MailMessage): Promise<void>;
}

/** SMTP through nodemailer; `url` such as `smtp://user:pass@host:587` or `smtps://host:465`. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    configured: true,
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments,
      });
    },
  };
}

/** No SMTP configured: nothing is sent and nothing is lost (the outbox keeps the mail pending). */
export const unconfiguredMailer: Mailer = {
  configured: false,
  send: () => Promise.reject(new Error('no SMTP server configured (SVPP_SMTP_URL)')),
};
