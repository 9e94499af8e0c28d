/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'
declare module '*.sass'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro's build; decides the target platform. */
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /** WeChat app id for this build (from .env files). */
    TARO_APP_ID?: string
    /** The API origin the mini-program calls (H5 always uses the relative `/api` prefix). */
    TARO_APP_API_BASE?: string
  }
}
