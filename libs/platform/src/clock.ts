/** The time source of use cases; tests replace it to move time (deadlines, overdue flags). */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
