import { SetMetadata } from '@nestjs/common';
import { PUBLIC_KEY } from './auth.constants';

/** A route anyone may call (sign-in, the console's static files). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);
