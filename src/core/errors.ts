/** The project's few error classes: bad input from outside, bugs, and HTTP failures. */

export type InputErrorCode =
  | 'usage'
  | 'not-found'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'encoding'
  | 'unsupported'
  | 'fetch-failed'
  | 'refused-address'
  | 'timeout'
  | 'too-many-redirects'
  | 'http-status'
  | 'bad-config'
  | 'bad-data';

/** Something the user gave us is wrong; `message` says what, and `source` which input. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly source?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A bug in poachwatch: an invariant broke. */
export class InternalError extends Error {
  override name = 'InternalError';
}

/** An HTTP failure with its status code. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
